using AutoQa.Batch.Discovery;
using AutoQa.Batch.Output;
using AutoQa.Batch.Pipeline;
using AutoQa.Batch.Progress;
using AutoQa.Batch.Resume;
using AutoQa.Batch.Stages;

namespace AutoQa.Batch;

/// <summary>
/// Runs a night of recordings through the stages into an output folder: calls/&lt;call id&gt;.json per call (written
/// atomically), summary.json and summary.csv, failures.jsonl, run-manifest.json and the resume ledger.
/// Calls already done with the same source and configuration hashes are skipped, so a rerun after a kill or Ctrl+C
/// finishes the rest.
/// </summary>
public sealed class BatchRunner
{
    private readonly BatchStages stages;
    private readonly RunConfiguration configuration;
    private readonly BatchOptions options;

    /// <summary>Prepares a run; nothing is read or written until <see cref="RunAsync"/>.</summary>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="BatchOptions.Validate"/>).</exception>
    public BatchRunner(BatchStages stages, RunConfiguration configuration, BatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        (this.stages, this.configuration, this.options) = (stages, configuration, options);
    }

    /// <summary>Receives a snapshot after every call. The default is null.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }

    /// <summary>
    /// Processes every recording not yet done. Cancelling stops promptly and cleanly: finished calls stay recorded,
    /// the summary covers them, and the outcome says <see cref="BatchOutcome.Cancelled"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">An input or the metadata file does not exist.</exception>
    /// <exception cref="InvalidDataException">The metadata file is malformed.</exception>
    public async Task<BatchOutcome> RunAsync(CancellationToken cancellationToken = default)
    {
        RecordingDiscovery.CheckInputsExist(options.Inputs);
        var outputFolder = Path.GetFullPath(options.OutputFolder);
        var configHash = configuration.ComputeHash();
        var catalog = await MetadataCatalog.LoadAsync(options.MetadataPath, options.Inputs, cancellationToken);
        var ledger = await RunLedger.OpenAsync(outputFolder, cancellationToken);
        var context = new RunContext(new FailureLog(outputFolder), Progress);
        var reports = new RunReports(outputFolder, configuration, configHash, options);
        await reports.WriteManifestAsync(null, cancellationToken);

        var cancelled = false;
        try
        {
            var writer = new CallResultWriter(outputFolder, configHash, ledger);
            await new CallFlow(stages, options, context, ledger, catalog, writer, configHash).RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        var outcome = context.Outcome(cancelled);
        // The reports are written even after Ctrl+C: the calls finished so far are real results.
        await reports.WriteSummaryAsync(ledger, context.Failures.Records, CancellationToken.None);
        await reports.WriteManifestAsync(outcome, CancellationToken.None);
        return outcome;
    }
}
