using System.CommandLine;

namespace AutoQa.Cli;

/// <summary>The root <c>autoqa</c> command: every verb is a subcommand built by its own class in Commands/.</summary>
internal static class AutoQaCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("AutoQa: speech and sentiment QA for contact-center call recordings, fully local.");
        // Verbs (one line each, keep alphabetical):
        root.Subcommands.Add(Commands.AnalyzeCommand.Create());
        root.Subcommands.Add(Commands.BenchCommand.Create());
        root.Subcommands.Add(Commands.DemoCommand.Create());
        root.Subcommands.Add(Commands.EvaluateCommand.Create());
        root.Subcommands.Add(Commands.ModelsCommand.Create());
        root.Subcommands.Add(Commands.RubricCommand.Create());
        root.Subcommands.Add(Commands.RunCommand.Create());
        root.Subcommands.Add(Commands.SentimentCommand.Create());
        root.Subcommands.Add(Commands.SynthCommand.Create());
        root.Subcommands.Add(Commands.TranscribeCommand.Create());
        return root;
    }
}
