using System.Collections.Concurrent;
using System.Diagnostics;
using AutoQa.Batch.Output;
using AutoQa.Batch.Progress;

namespace AutoQa.Batch.Pipeline;

/// <summary>The shared state of one run: counters, stage busy time, failures and progress reports. Thread-safe.</summary>
internal sealed class RunContext(FailureLog failures, IProgress<BatchProgress>? progress)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, long> busyTicks = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int discovered;
    private bool discoveryComplete;
    private int done;
    private int skipped;
    private double audioSeconds;

    public FailureLog Failures => failures;

    public void AddBusy(string stage, long stopwatchTicks) => busyTicks.AddOrUpdate(stage, stopwatchTicks, (_, total) => total + stopwatchTicks);

    /// <summary>Records the night's size, once the inputs are listed: progress can estimate the time left from here on.</summary>
    public void Discovered(int recordings) => Update(
        () =>
        {
            discovered = recordings;
            discoveryComplete = true;
        },
        null);

    public void Skipped(string callId) => Update(() => skipped++, callId);

    public void Done(string callId, double seconds) => Update(
        () =>
        {
            done++;
            audioSeconds += seconds;
        },
        callId);

    public void Fail(CallJob job, string stage, Exception exception)
    {
        failures.Add(new FailureRecord(
            job.Recording.Path, job.Metadata.CallId, stage, exception.Message, exception.GetType().Name, DateTimeOffset.UtcNow));
        Update(() => { }, job.Metadata.CallId);
    }

    public BatchOutcome Outcome(bool cancelled)
    {
        lock (gate)
        {
            return new BatchOutcome(
                done,
                skipped,
                failures.Records.Count,
                cancelled,
                audioSeconds,
                clock.Elapsed,
                busyTicks.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .ToDictionary(p => p.Key, p => Stopwatch.GetElapsedTime(0, p.Value), StringComparer.Ordinal));
        }
    }

    private void Update(Action change, string? callId)
    {
        BatchProgress snapshot;
        lock (gate)
        {
            change();
            snapshot = new BatchProgress(discovered, discoveryComplete, done, skipped, failures.Records.Count, audioSeconds, clock.Elapsed, callId);
        }

        progress?.Report(snapshot);
    }
}
