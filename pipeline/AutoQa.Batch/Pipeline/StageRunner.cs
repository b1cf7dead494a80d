using System.Diagnostics;
using System.Threading.Channels;

namespace AutoQa.Batch.Pipeline;

/// <summary>
/// Runs one stage: <c>workers</c> loops reading the input channel, each with its own worker, writing results to the
/// output channel (waiting when it is full). A call that fails becomes a failure record and the loop goes on;
/// cancellation and stage-level errors (a worker that cannot be created) end the stage. The output is completed in
/// every case, passing the error on, so the next stage ends too.
/// </summary>
internal static class StageRunner
{
    /// <summary>A bounded channel that makes a fast producer wait: never a dropping mode, a dropped call is lost QA data.</summary>
    public static Channel<T> CreateChannel<T>(int capacity) =>
        Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });

    public static async Task RunAsync<TIn, TOut>(
        string stage,
        ChannelReader<TIn> input,
        ChannelWriter<TOut>? output,
        int workers,
        Func<IStageWorker<TIn, TOut>> createWorker,
        RunContext context,
        CancellationToken cancellationToken)
        where TIn : ICallMessage
    {
        Exception? error = null;
        try
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ =>
                Task.Run(() => WorkAsync(stage, input, output, createWorker, context, cancellationToken), cancellationToken)));
        }
        catch (Exception ex)
        {
            error = ex;
            throw;
        }
        finally
        {
            output?.TryComplete(error);
        }
    }

    private static async Task WorkAsync<TIn, TOut>(
        string stage,
        ChannelReader<TIn> input,
        ChannelWriter<TOut>? output,
        Func<IStageWorker<TIn, TOut>> createWorker,
        RunContext context,
        CancellationToken cancellationToken)
        where TIn : ICallMessage
    {
        using var worker = createWorker();
        await foreach (var item in input.ReadAllAsync(cancellationToken))
        {
            var started = Stopwatch.GetTimestamp();
            TOut result;
            try
            {
                result = await worker.ProcessAsync(item, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                context.Fail(item.Job, stage, ex);
                continue;
            }
            finally
            {
                context.AddBusy(stage, Stopwatch.GetTimestamp() - started);
            }

            if (output is not null)
            {
                await output.WriteAsync(result, cancellationToken);
            }
        }
    }
}
