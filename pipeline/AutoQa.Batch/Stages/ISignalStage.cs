using AutoQa.Audio;
using AutoQa.Calls;

namespace AutoQa.Batch.Stages;

/// <summary>Listens to the decoded signal: speech regions per channel (VAD) and audio-quality findings. Thread-safe.</summary>
public interface ISignalStage
{
    /// <summary>Inspects every channel of <paramref name="audio"/>; <paramref name="metadata"/> says which channel is whose.</summary>
    SignalReport Inspect(PcmAudio audio, CallMetadata metadata, CancellationToken cancellationToken = default);
}
