using System.CommandLine;
using AutoQa.Batch.Composition;
using AutoQa.Cli.Batch;
using AutoQa.Synth;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa demo [--out DIR]</c>: makes a small synthetic night (kept for the next demo), runs the whole pipeline with
/// the best engine available, and prints the summary table, the flagged calls with reasons, and where the outputs are.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Demo folder: night/ (the generated recordings) and results/", DefaultValueFactory = _ => "autoqa-demo" };
        var calls = new Option<int>("--calls") { Description = "Calls in the generated night", DefaultValueFactory = _ => 6 };
        var seconds = new Option<double>("--seconds") { Description = "About how long each call is", DefaultValueFactory = _ => 60 };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 7 };
        var pipelineOptions = new PipelineOptions();
        var command = new Command("demo", "Generate a small synthetic night and run the whole pipeline on it.") { output, calls, seconds, seed };
        pipelineOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var settings = pipelineOptions.Settings(parseResult);

                // Checked before generating the night, so a missing model costs the user no wait before its instructions.
                VadModelLocator.Find(settings.VadModel);
                var folder = Path.GetFullPath(parseResult.GetValue(output)!);
                var night = Path.Combine(folder, "night");
                if (!File.Exists(Path.Combine(night, "metadata.csv")))
                {
                    await Console.Error.WriteLineAsync($"autoqa demo: generating {parseResult.GetValue(calls)} synthetic calls into {night} ...");
                    // English: the engines a fresh machine has (PocketSphinx, Whisper base.en) only hear English.
                    var options = new NightOptions { Calls = parseResult.GetValue(calls), Seed = parseResult.GetValue(seed), CallSeconds = parseResult.GetValue(seconds), Language = "en" };
                    await new NightGenerator().GenerateAsync(night, options, null, cancellationToken);
                }

                var results = Path.Combine(folder, "results");
                var batch = pipelineOptions.Batch(parseResult, [night], results);
                using var pipeline = await PipelineFactory.CreateAsync(settings, cancellationToken);
                var outcome = await BatchConsole.RunAsync(pipeline, batch, cancellationToken);
                await BatchConsole.PrintAsync(results, outcome, CancellationToken.None);
                Console.WriteLine($"The generated night (recordings, metadata.csv, truth/) is in {night}; run ./autoqa demo again to reuse it.");
                return outcome.ExitCode;
            }
            catch (Exception ex) when (BatchErrors.ExitCodeOf(ex) is { } code)
            {
                return await BatchErrors.ReportAsync("demo", ex, code);
            }
        });
        return command;
    }
}
