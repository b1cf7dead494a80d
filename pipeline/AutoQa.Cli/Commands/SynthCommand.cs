using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AutoQa.Synth;
using AutoQa.Synth.Processes;
using AutoQa.Synth.Speech;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa synth --out DIR --calls N --seed S</c>: generates a night of synthetic after-sales calls with exact
/// ground truth (recordings, metadata.csv, truth and ground-truth transcripts) and prints the generation speed.
/// </summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The night's folder (created; required unless --list)" };
        var calls = new Option<int>("--calls") { Description = "Number of calls", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same night", DefaultValueFactory = _ => 1 };
        var scenario = new Option<string?>("--scenario") { Description = "Make every call this scenario (see --list)" };
        var language = new Option<string?>("--language") { Description = "Make every call this language (en, de, fr, es)" };
        var condition = new Option<string?>("--condition") { Description = "Apply this channel condition to every call (clean, noise, dropout, echo, clipping, low-level)" };
        var format = new Option<string?>("--format") { Description = "Encode every call this way (wav, ulaw-8k, mp3-low-bitrate, mono-mixdown)" };
        var seconds = new Option<double?>("--seconds") { Description = "Make every call about this long (default: 1 to 8 minutes)" };
        var parallelism = new Option<int>("--parallel") { Description = "Calls generated at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var list = new Option<bool>("--list") { Description = "List the scenarios and exit" };
        var command = new Command("synth", "Generate a night of synthetic calls with exact ground truth (the demo night).")
        {
            output, calls, seed, scenario, language, condition, format, seconds, parallelism, list,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(output) is null && !result.GetValue(list))
            {
                result.AddError("Option '--out' is required.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                if (parseResult.GetValue(list))
                {
                    foreach (var definition in AutoQa.Synth.Catalog.SynthData.Default.Scenarios.Values)
                    {
                        Console.WriteLine($"{definition.Name,-26} {definition.Description}");
                    }

                    return 0;
                }

                var options = new NightOptions
                {
                    Calls = parseResult.GetValue(calls),
                    Seed = parseResult.GetValue(seed),
                    Scenario = parseResult.GetValue(scenario),
                    Language = parseResult.GetValue(language),
                    Condition = parseResult.GetValue(condition),
                    Format = parseResult.GetValue(format),
                    CallSeconds = parseResult.GetValue(seconds),
                    Parallelism = parseResult.GetValue(parallelism),
                };
                var folder = parseResult.GetValue(output)!;
                var clock = Stopwatch.StartNew();
                var done = 0;
                var progress = new Progress<SynthesizedCall>(call =>
                    Console.Error.WriteLine($"  {Interlocked.Increment(ref done),4}/{options.Calls} {call.Truth.CallId} {call.Truth.Scenario} ({call.Truth.Language}, {call.Truth.DurationSeconds:0} s)"));
                var truths = await new NightGenerator().GenerateAsync(folder, options, progress, cancellationToken);
                var audio = truths.Sum(t => t.DurationSeconds);
                var wall = clock.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{truths.Count} calls, {audio / 3600:0.00} h of audio in {wall:0.0} s: {audio / wall:0.0}x real time on {options.Parallelism} workers -> {Path.GetFullPath(folder)}"));
                return 0;
            }
            catch (Exception e) when (e is ExternalToolException or SpeechSynthesisException or InvalidDataException or ArgumentException or IOException)
            {
                await Console.Error.WriteLineAsync($"autoqa synth: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
