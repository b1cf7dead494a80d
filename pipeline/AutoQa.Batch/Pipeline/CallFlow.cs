using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using AutoQa.Batch.Discovery;
using AutoQa.Batch.Output;
using AutoQa.Batch.Resume;
using AutoQa.Batch.Stages;

namespace AutoQa.Batch.Pipeline;

/// <summary>
/// The night as connected stages: discover -> decode -> signal (VAD, quality) -> transcribe -> analyse -> write,
/// each pair joined by a bounded channel and each stage with its own number of workers. A stage-level error stops
/// every stage and is rethrown; cancellation ends the run with <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class CallFlow(
    BatchStages stages,
    BatchOptions options,
    RunContext context,
    RunLedger ledger,
    MetadataCatalog catalog,
    CallResultWriter writer,
    string configHash)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var capacity = options.ChannelCapacity;
        var jobs = StageRunner.CreateChannel<CallJob>(capacity);
        var decoded = StageRunner.CreateChannel<DecodedCall>(capacity);
        var inspected = StageRunner.CreateChannel<InspectedCall>(capacity);
        var transcribed = StageRunner.CreateChannel<TranscribedCall>(capacity);
        var assessed = StageRunner.CreateChannel<AssessedCall>(capacity);

        Task[] running =
        [
            StopAllOnError(DiscoverAsync(jobs.Writer, token), linked),
            StopAllOnError(StageRunner.RunAsync(StageNames.Decode, jobs.Reader, decoded.Writer, options.DecodeWorkers, () => new DelegateWorker<CallJob, DecodedCall>(DecodeAsync), context, token), linked),
            StopAllOnError(StageRunner.RunAsync(StageNames.Signal, decoded.Reader, inspected.Writer, options.SignalWorkers, () => Worker<DecodedCall, InspectedCall>(Inspect), context, token), linked),
            StopAllOnError(StageRunner.RunAsync(StageNames.Transcribe, inspected.Reader, transcribed.Writer, options.TranscribeWorkers, CreateTranscriber, context, token), linked),
            StopAllOnError(StageRunner.RunAsync(StageNames.Analyse, transcribed.Reader, assessed.Writer, options.AnalyseWorkers, () => Worker<TranscribedCall, AssessedCall>(Assess), context, token), linked),
            StopAllOnError(StageRunner.RunAsync<AssessedCall, LedgerEntry>(StageNames.Write, assessed.Reader, null, 1, () => new DelegateWorker<AssessedCall, LedgerEntry>(WriteAsync), context, token), linked),
        ];
        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var error = running.Where(t => t.IsFaulted)
            .SelectMany(t => t.Exception!.InnerExceptions)
            .Select(e => e is ChannelClosedException { InnerException: { } inner } ? inner : e)
            .FirstOrDefault(e => e is not OperationCanceledException);
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static DelegateWorker<TIn, TOut> Worker<TIn, TOut>(Func<TIn, CancellationToken, TOut> step) =>
        new((item, token) => ValueTask.FromResult(step(item, token)));

    private static async Task StopAllOnError(Task stage, CancellationTokenSource linked)
    {
        try
        {
            await stage;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await linked.CancelAsync();
            throw;
        }
    }

    private async Task DiscoverAsync(ChannelWriter<CallJob> output, CancellationToken cancellationToken)
    {
        Exception? error = null;
        var callIds = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            // Listed up front (a directory walk, cheap) so progress knows the night's size, and so its ETA, from the start;
            // hashing, the slow part, then waits on the bounded channel as the stages drain it.
            var recordings = RecordingDiscovery.Find(options.Inputs, options.OutputFolder).ToList();
            context.Discovered(recordings.Count);
            foreach (var recording in recordings)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await PrepareAsync(recording, callIds, cancellationToken) is { } job)
                {
                    await output.WriteAsync(job, cancellationToken);
                }
            }
        }
        catch (Exception ex)
        {
            error = ex;
            throw;
        }
        finally
        {
            output.TryComplete(error);
        }
    }

    /// <summary>Hashes the recording and checks the ledger: a job to run, or null when done before or failed.</summary>
    private async Task<CallJob?> PrepareAsync(Recording recording, Dictionary<string, string> callIds, CancellationToken cancellationToken)
    {
        var metadata = catalog.For(recording);
        var job = new CallJob(recording, metadata, string.Empty);
        if (!callIds.TryAdd(metadata.CallId, recording.Path))
        {
            context.Fail(job, StageNames.Discover, new InvalidDataException(
                $"{recording.Path}: call id '{metadata.CallId}' is already used by {callIds[metadata.CallId]}"));
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            job = job with { SourceHash = await ContentHash.OfFileAsync(recording.Path, cancellationToken) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Fail(job, StageNames.Discover, ex);
            return null;
        }
        finally
        {
            context.AddBusy(StageNames.Discover, Stopwatch.GetTimestamp() - started);
        }

        if (options.Resume && ledger.IsDone(metadata.CallId, job.SourceHash, configHash))
        {
            context.Skipped(metadata.CallId);
            return null;
        }

        return job;
    }

    private async ValueTask<DecodedCall> DecodeAsync(CallJob job, CancellationToken cancellationToken) =>
        new(job, await stages.Decode.DecodeAsync(job.Recording.Path, cancellationToken));

    private InspectedCall Inspect(DecodedCall call, CancellationToken cancellationToken) =>
        new(call.Job, call.Audio, stages.Signal.Inspect(call.Audio, call.Job.Metadata, cancellationToken));

    private DelegateWorker<InspectedCall, TranscribedCall> CreateTranscriber()
    {
        var recognizer = stages.Transcribe.CreateWorker();
        return new DelegateWorker<InspectedCall, TranscribedCall>(
            (call, token) => ValueTask.FromResult(new TranscribedCall(
                call.Job,
                new CallAudioFacts(call.Audio.DurationSeconds, call.Audio.Channels.Count, call.Signal.SpeechSeconds),
                call.Signal,
                recognizer.Transcribe(call.Audio, call.Job.Metadata, call.Signal, token))),
            recognizer);
    }

    private AssessedCall Assess(TranscribedCall call, CancellationToken cancellationToken) =>
        new(call, stages.Analyse.Assess(call.Transcript, call.Job.Metadata, call.Signal, cancellationToken));

    private async ValueTask<LedgerEntry> WriteAsync(AssessedCall call, CancellationToken cancellationToken)
    {
        var entry = await writer.WriteAsync(call, cancellationToken);
        context.Done(entry.CallId, entry.DurationSeconds);
        return entry;
    }
}
