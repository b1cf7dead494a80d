namespace AutoQa.Audio;

/// <summary>A decoded recording: one float PCM buffer per channel at <see cref="SampleRate"/>.</summary>
/// <param name="Source">The file it was decoded from.</param>
/// <param name="SampleRate">Samples per second of every channel (16 000 for AutoQa's pipeline).</param>
/// <param name="Channels">One buffer per channel, samples in [-1, 1].</param>
public sealed record PcmAudio(string Source, int SampleRate, IReadOnlyList<float[]> Channels)
{
    /// <summary>The length of the recording in seconds.</summary>
    public double DurationSeconds => Channels.Count == 0 ? 0 : (double)Channels[0].Length / SampleRate;
}
