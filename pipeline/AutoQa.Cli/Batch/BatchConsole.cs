using System.Globalization;
using AutoQa.Batch;
using AutoQa.Batch.Composition;
using AutoQa.Batch.Output;
using AutoQa.Batch.Progress;
using AutoQa.Json;
using Spectre.Console;

namespace AutoQa.Cli.Batch;

/// <summary>Runs a batch with a live progress line on a terminal (plain log lines otherwise) and prints its results.</summary>
internal static class BatchConsole
{
    public static async Task<BatchOutcome> RunAsync(BatchPipeline pipeline, BatchOptions options, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync($"autoqa: engine {pipeline.Configuration.Engine.Name} ({pipeline.Configuration.Engine.Model}). {pipeline.Configuration.Engine.Note}".TrimEnd());
        if (Console.IsErrorRedirected || Console.IsOutputRedirected)
        {
            var runner = new BatchRunner(pipeline.Stages, pipeline.Configuration, options) { Progress = new Progress<BatchProgress>(p => Console.Error.WriteLine(Describe(p))) };
            return await runner.RunAsync(cancellationToken);
        }

        return await AnsiConsole.Status().StartAsync("starting...", async status =>
        {
            var runner = new BatchRunner(pipeline.Stages, pipeline.Configuration, options) { Progress = new Progress<BatchProgress>(p => status.Status(Markup.Escape(Describe(p)))) };
            return await runner.RunAsync(cancellationToken);
        });
    }

    public static string Describe(BatchProgress p) => string.Create(
        CultureInfo.InvariantCulture,
        $"[{DateTime.Now:HH:mm:ss}] {p.Done + p.Skipped}/{(p.DiscoveryComplete ? p.Discovered.ToString(CultureInfo.InvariantCulture) : p.Discovered + "+")} done ({p.Skipped} skipped), {p.Failed} failed, {p.AudioSeconds / 3600:0.00} h audio, {p.RealTimeFactor:0.0}x real time, ETA {(p.EstimatedRemaining is { } eta ? eta.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "--")}{(p.LastCall is null ? "" : " (" + p.LastCall + ")")}");

    // The triage codes repeat the flag reasons listed below the table, so the table shows what was found in the calls.
    private static IEnumerable<string> TopFindings(GroupSummary group) => group.Findings
        .Where(f => !f.Key.StartsWith("triage:", StringComparison.Ordinal))
        .OrderByDescending(f => f.Value)
        .ThenBy(f => f.Key, StringComparer.Ordinal)
        .Take(3)
        .Select(f => $"{f.Key} {f.Value}");

    /// <summary>Prints the summary table, the flagged calls with reasons, failures, and where the outputs are.</summary>
    public static async Task PrintAsync(string outputFolder, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        var summary = await AutoQaJson.ReadFileAsync<RunSummary>(Path.Combine(outputFolder, RunSummary.FileName), cancellationToken);
        var table = new Table().AddColumns("", "name", "calls", "flagged", "scored", "avg score", "audio h", "top findings");
        foreach (var (level, group) in new[] { ("night", summary.Total) }.Concat(summary.Teams.Select(t => ("team", t))).Concat(summary.Agents.Select(a => ("agent", a))))
        {
            table.AddRow(level, Markup.Escape(group.Name), $"{group.Calls}", $"{group.Flagged}", $"{group.Scored}",
                group.AverageScore?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-",
                group.AudioHours.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", TopFindings(group))));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[bold]Flagged for review: {summary.FlaggedCalls.Count}[/]");
        foreach (var call in summary.FlaggedCalls)
        {
            var score = call.Score?.ToString("0", CultureInfo.InvariantCulture) ?? "-";
            AnsiConsole.MarkupLine(Markup.Escape($"  {call.CallId} (agent {call.AgentId ?? "?"}, score {score}) -> {call.Output}"));
            foreach (var reason in call.Reasons)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"    - {reason}"));
            }
        }

        foreach (var failure in summary.Failures)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"  failed: {failure.File} [{failure.Stage}] {failure.Reason}"));
        }

        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Processed} processed, {outcome.Skipped} skipped (already done), {outcome.Failed} failed, {outcome.AudioSeconds / 3600:0.00} h audio in {outcome.Elapsed.TotalSeconds:0.0} s ({(outcome.Elapsed.TotalSeconds > 0 ? outcome.AudioSeconds / outcome.Elapsed.TotalSeconds : 0):0.0}x real time)."));
        AnsiConsole.WriteLine($"Outputs in {outputFolder}: calls/*.json, {RunSummary.FileName}, {RunSummary.CsvFileName}, {FailureLog.FileName}, {RunManifest.FileName}");
    }
}
