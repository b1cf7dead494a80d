using System.CommandLine;
using AutoQa.Analysis.Rubrics;

namespace AutoQa.Cli.Commands;

/// <summary><c>autoqa rubric check FILE</c>: validates a rubric and reports every problem with its line.</summary>
internal static class RubricCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The rubric YAML file" };
        var check = new Command("check", "Validate a rubric file; every problem is reported as FILE:LINE:COLUMN: message.") { file };
        check.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"autoqa rubric check: {path}: no such file.");
                return 2;
            }

            var problems = RubricLoader.Check(path);
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"{path}:{problem.Line}:{problem.Column}: {problem.Message}");
            }

            if (problems.Count > 0)
            {
                await Console.Error.WriteLineAsync($"{path}: {problems.Count} problem(s).");
                return 1;
            }

            var rubric = RubricLoader.Load(path);
            Console.WriteLine($"{path}: valid rubric '{rubric.Name}' ({rubric.Sections.Count} sections, {rubric.Items.Count()} items, {rubric.Items.Count(i => i.Critical)} critical).");
            return 0;
        });
        return new Command("rubric", "Work with rubric files.") { check };
    }
}
