namespace AutoQa.Audio.Decoding;

/// <summary>What ffprobe reports about a recording's first audio stream.</summary>
/// <param name="Source">The file probed.</param>
/// <param name="Duration">Length of the recording; <see cref="TimeSpan.Zero"/> when the container does not say.</param>
/// <param name="Channels">Number of audio channels (1 for mono, 2 for a two-channel call recording).</param>
/// <param name="SampleRate">The stream's native sample rate in Hz.</param>
/// <param name="Codec">The codec name, for example "pcm_mulaw", "mp3", "opus".</param>
/// <param name="Format">The container format name, for example "wav", "mp3", "ogg".</param>
public sealed record AudioInfo(string Source, TimeSpan Duration, int Channels, int SampleRate, string Codec, string Format);
