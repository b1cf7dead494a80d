using System.Globalization;
using AutoQa.Batch.Pipeline;
using AutoQa.Batch.Resume;
using AutoQa.Json;
using AutoQa.Storage;

namespace AutoQa.Batch.Output;

/// <summary>Writes the run manifest, the run summary (json and csv) and the promises of an output folder, each atomically.</summary>
internal sealed class RunReports(string outputFolder, RunConfiguration configuration, string configHash, BatchOptions options)
{
    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow;

    public Task WriteManifestAsync(BatchOutcome? outcome, CancellationToken cancellationToken)
    {
        var manifest = new RunManifest(
            startedAt.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            startedAt,
            outcome is null ? null : DateTimeOffset.UtcNow,
            configuration.Engine,
            configHash,
            configuration.FileHashes,
            configuration.Settings,
            configuration.Versions,
            new Dictionary<string, int>(StringComparer.Ordinal)
            {
                [StageNames.Decode] = options.DecodeWorkers,
                [StageNames.Signal] = options.SignalWorkers,
                [StageNames.Transcribe] = options.TranscribeWorkers,
                [StageNames.Analyse] = options.AnalyseWorkers,
                ["channelCapacity"] = options.ChannelCapacity,
            },
            options.Inputs,
            outcome);
        return AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, RunManifest.FileName), AutoQaJson.Serialize(manifest), cancellationToken);
    }

    public async Task<RunSummary> WriteSummaryAsync(RunLedger ledger, IReadOnlyList<FailureRecord> failures, CancellationToken cancellationToken)
    {
        var summary = SummaryBuilder.Build(ledger.Entries, configHash, failures);
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, RunSummary.FileName), AutoQaJson.Serialize(summary), cancellationToken);
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, RunSummary.CsvFileName), SummaryCsv.Render(summary), cancellationToken);
        var calls = ledger.Entries.Where(e => e.ConfigHash == configHash);
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, PromisesCsv.FileName), PromisesCsv.Render(calls), cancellationToken);
        return summary;
    }
}
