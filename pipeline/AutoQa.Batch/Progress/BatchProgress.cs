namespace AutoQa.Batch.Progress;

/// <summary>A snapshot of a running batch, reported after every call.</summary>
/// <param name="Discovered">Recordings found so far (grows while discovery runs).</param>
/// <param name="DiscoveryComplete">True once every input was listed, so <see cref="Discovered"/> is final.</param>
/// <param name="Done">Calls processed and written by this run.</param>
/// <param name="Skipped">Calls skipped as already done.</param>
/// <param name="Failed">Calls that failed.</param>
/// <param name="AudioSeconds">Seconds of audio in the calls done by this run.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="LastCall">The call that just finished, or null.</param>
public sealed record BatchProgress(
    int Discovered,
    bool DiscoveryComplete,
    int Done,
    int Skipped,
    int Failed,
    double AudioSeconds,
    TimeSpan Elapsed,
    string? LastCall)
{
    /// <summary>Seconds of audio processed per second of wall-clock time.</summary>
    public double RealTimeFactor => Elapsed.TotalSeconds > 0 ? AudioSeconds / Elapsed.TotalSeconds : 0;

    /// <summary>Calls not yet finished in any way.</summary>
    public int Remaining => Math.Max(0, Discovered - Done - Skipped - Failed);

    /// <summary>The time left at the pace so far, or null while it cannot be estimated.</summary>
    public TimeSpan? EstimatedRemaining =>
        DiscoveryComplete && Done + Failed > 0
            ? TimeSpan.FromSeconds(Elapsed.TotalSeconds / (Done + Failed) * Remaining)
            : null;
}
