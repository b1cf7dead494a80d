using AutoQa.Batch.Discovery;
using AutoQa.Calls;

namespace AutoQa.Batch.Pipeline;

/// <summary>A call to process: the recording, its metadata and its content hash.</summary>
internal sealed record CallJob(Recording Recording, CallMetadata Metadata, string SourceHash) : ICallMessage
{
    public CallJob Job => this;
}
