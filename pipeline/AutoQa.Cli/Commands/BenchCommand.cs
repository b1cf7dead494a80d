using System.CommandLine;
using System.Diagnostics;
using AutoQa.Batch.Composition;
using AutoQa.Batch.Discovery;
using AutoQa.Cli.Batch;
using AutoQa.Json;
using AutoQa.Storage;
using AutoQa.Synth;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa bench [--night DIR] --model FILE</c>: the whole pipeline end to end on a generated (or given) night, with
/// per-stage busy time and x real time, peak memory, and plain whisper-cli over the same whole recordings (same
/// build, model and threads) as the baseline. Writes bench-report.json and bench-report.md.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Bench folder: night/, run/, baseline/ and the report", DefaultValueFactory = _ => "autoqa-bench" };
        var night = new Option<string?>("--night") { Description = "Use this night folder instead of generating one" };
        var calls = new Option<int>("--calls") { Description = "Calls in the generated night", DefaultValueFactory = _ => 8 };
        var seconds = new Option<double>("--seconds") { Description = "About how long each generated call is", DefaultValueFactory = _ => 120 };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Skip the whisper-cli baseline" };
        var pipelineOptions = new PipelineOptions();
        var command = new Command("bench", "Measure the whole pipeline against whole-file whisper-cli on a night.") { output, night, calls, seconds, noBaseline };
        pipelineOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var folder = Path.GetFullPath(parseResult.GetValue(output)!);
                var nightFolder = parseResult.GetValue(night) ?? Path.Combine(folder, "night");
                if (!Directory.Exists(nightFolder))
                {
                    await Console.Error.WriteLineAsync($"autoqa bench: generating {parseResult.GetValue(calls)} calls into {nightFolder} ...");
                    await new NightGenerator().GenerateAsync(nightFolder, new NightOptions { Calls = parseResult.GetValue(calls), CallSeconds = parseResult.GetValue(seconds), Seed = 11, Language = "en" }, null, cancellationToken);
                }

                var settings = pipelineOptions.Settings(parseResult);
                var threads = settings.Threads ?? Environment.ProcessorCount;
                settings = new PipelineSettings { Engine = settings.Engine, Model = settings.Model, Threads = threads, VadModel = settings.VadModel, Rubric = settings.Rubric };
                var runFolder = Path.Combine(folder, "run");
                if (Directory.Exists(runFolder))
                {
                    Directory.Delete(runFolder, recursive: true);
                }

                using var pipeline = await PipelineFactory.CreateAsync(settings, cancellationToken);
                var outcome = await BatchConsole.RunAsync(pipeline, pipelineOptions.Batch(parseResult, [nightFolder], runFolder, resume: false), cancellationToken);
                var peak = Process.GetCurrentProcess().PeakWorkingSet64;

                TimeSpan? baseline = null;
                var cli = WhisperCliBaseline.FindCli();
                if (!parseResult.GetValue(noBaseline) && cli is not null && pipeline.Paths.TryGetValue("whisper-model", out var model))
                {
                    await Console.Error.WriteLineAsync($"autoqa bench: baseline {cli} -m {model} -t {threads} over the whole recordings ...");
                    baseline = await WhisperCliBaseline.RunAsync(cli, model, threads, RecordingDiscovery.Find([nightFolder]), Path.Combine(folder, "baseline"), cancellationToken);
                }
                else if (!parseResult.GetValue(noBaseline))
                {
                    await Console.Error.WriteLineAsync("autoqa bench: no baseline (it needs whisper-cli from tools/build-whisper.sh and --model FILE).");
                }

                var engine = pipeline.Configuration.Engine;
                var report = BenchReport.From(outcome, $"{engine.Name} {engine.Model}, {threads} threads, {parseResult.GetValue(pipelineOptions.Workers)} worker(s)", peak, baseline);
                await AtomicFile.WriteAllTextAsync(Path.Combine(folder, "bench-report.json"), AutoQaJson.Serialize(report), cancellationToken);
                await AtomicFile.WriteAllTextAsync(Path.Combine(folder, "bench-report.md"), report.ToMarkdown(), cancellationToken);
                Console.Write(report.ToMarkdown());
                Console.WriteLine($"Report: {Path.Combine(folder, "bench-report.md")}");
                return outcome.ExitCode;
            }
            catch (Exception ex) when (BatchErrors.ExitCodeOf(ex) is { } code)
            {
                return await BatchErrors.ReportAsync("bench", ex, code);
            }
        });
        return command;
    }
}
