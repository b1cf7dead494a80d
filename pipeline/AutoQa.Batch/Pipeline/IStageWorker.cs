namespace AutoQa.Batch.Pipeline;

/// <summary>One worker of a stage; owns whatever per-worker state it needs (a recogniser) and disposes it.</summary>
internal interface IStageWorker<in TIn, TOut> : IDisposable
{
    ValueTask<TOut> ProcessAsync(TIn item, CancellationToken cancellationToken);
}
