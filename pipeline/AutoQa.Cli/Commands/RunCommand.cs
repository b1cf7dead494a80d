using System.CommandLine;
using AutoQa.Batch.Composition;
using AutoQa.Cli.Batch;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa run INPUT... --out DIR</c>: the night's batch. Decodes, detects speech, transcribes only speech,
/// analyses, scores and triages every recording, writing one JSON per call, a summary, failures and a manifest.
/// A rerun skips calls already done; Ctrl+C stops cleanly. Exit codes: see <see cref="AutoQa.Batch.BatchExitCode"/>.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input") { Description = "Recordings and folders of recordings", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output folder", Required = true };
        var pipelineOptions = new PipelineOptions();
        var command = new Command("run", "Process a night of recordings: transcripts, scorecards, triage and a summary per agent and team.") { inputs, output };
        pipelineOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var folder = Path.GetFullPath(parseResult.GetValue(output)!);
                var options = pipelineOptions.Batch(parseResult, parseResult.GetValue(inputs)!, folder);
                options.Validate();
                AutoQa.Batch.Discovery.RecordingDiscovery.CheckInputsExist(options.Inputs);
                using var pipeline = await PipelineFactory.CreateAsync(pipelineOptions.Settings(parseResult), cancellationToken);
                var outcome = await BatchConsole.RunAsync(pipeline, options, cancellationToken);
                await BatchConsole.PrintAsync(folder, outcome, CancellationToken.None);
                return outcome.ExitCode;
            }
            catch (Exception ex) when (BatchErrors.ExitCodeOf(ex) is { } code)
            {
                return await BatchErrors.ReportAsync("run", ex, code);
            }
        });
        return command;
    }
}
