using AutoQa.Audio;

namespace AutoQa.Batch.Stages;

/// <summary>Listens to the decoded signal: speech regions per channel (VAD) and audio-quality findings. Thread-safe.</summary>
public interface ISignalStage
{
    /// <summary>Inspects every channel of <paramref name="audio"/>.</summary>
    SignalReport Inspect(PcmAudio audio, CancellationToken cancellationToken = default);
}
