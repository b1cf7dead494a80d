using AutoQa.Batch.Output;
using AutoQa.Batch.Stages;

namespace AutoQa.Batch.Composition;

/// <summary>The loaded stages of the real pipeline and the configuration they amount to. Disposing it unloads every model.</summary>
/// <param name="Stages">The stages.</param>
/// <param name="Configuration">Engine, hashes, settings and versions.</param>
/// <param name="Paths">The model and rubric files used, by role.</param>
public sealed record BatchPipeline(BatchStages Stages, RunConfiguration Configuration, IReadOnlyDictionary<string, string> Paths) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Stages.Dispose();
}
