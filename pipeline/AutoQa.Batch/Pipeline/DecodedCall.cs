using AutoQa.Audio;

namespace AutoQa.Batch.Pipeline;

/// <summary>A call with its decoded audio.</summary>
internal sealed record DecodedCall(CallJob Job, PcmAudio Audio) : ICallMessage;
