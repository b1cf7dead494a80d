namespace AutoQa.Batch;

/// <summary>How a run ended.</summary>
/// <param name="Processed">Calls processed and written by this run.</param>
/// <param name="Skipped">Calls skipped because a previous run already did them with the same configuration.</param>
/// <param name="Failed">Calls that failed, each with a failure record.</param>
/// <param name="Cancelled">True when the run was stopped before the end.</param>
/// <param name="AudioSeconds">Seconds of audio processed by this run.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="StageBusy">Busy time summed over each stage's workers, by stage name.</param>
public sealed record BatchOutcome(
    int Processed,
    int Skipped,
    int Failed,
    bool Cancelled,
    double AudioSeconds,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, TimeSpan> StageBusy)
{
    /// <summary>The process exit code for this outcome (see <see cref="BatchExitCode"/>).</summary>
    public int ExitCode => Cancelled ? BatchExitCode.Cancelled
        : Processed + Skipped == 0 ? BatchExitCode.NothingProcessed
        : Failed > 0 ? BatchExitCode.PartialFailure
        : BatchExitCode.AllDone;
}
