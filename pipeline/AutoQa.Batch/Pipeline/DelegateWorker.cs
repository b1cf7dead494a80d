namespace AutoQa.Batch.Pipeline;

/// <summary>A worker made of a step and, optionally, the per-worker state it owns and disposes (a recogniser).</summary>
internal sealed class DelegateWorker<TIn, TOut>(Func<TIn, CancellationToken, ValueTask<TOut>> step, IDisposable? owned = null)
    : IStageWorker<TIn, TOut>
{
    public ValueTask<TOut> ProcessAsync(TIn item, CancellationToken cancellationToken) => step(item, cancellationToken);

    public void Dispose() => owned?.Dispose();
}
