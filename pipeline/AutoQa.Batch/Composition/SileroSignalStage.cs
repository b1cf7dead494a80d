using AutoQa.Audio;
using AutoQa.Audio.Vad;
using AutoQa.Batch.Stages;
using AutoQa.Events;

namespace AutoQa.Batch.Composition;

/// <summary>The signal stage: Silero VAD on every channel. Thread-safe, as <see cref="SileroVad"/> is; owns and disposes the VAD.</summary>
public sealed class SileroSignalStage(SileroVad vad) : ISignalStage, IDisposable
{
    /// <inheritdoc />
    public SignalReport Inspect(PcmAudio audio, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var regions = vad.DetectMany([.. audio.Channels.Select(c => new ReadOnlyMemory<float>(c))], cancellationToken);
        return new SignalReport([.. regions.Select(channel => (IReadOnlyList<TimeRange>)[.. channel.Select(r => r.Range)])], []);
    }

    /// <inheritdoc />
    public void Dispose() => vad.Dispose();
}
