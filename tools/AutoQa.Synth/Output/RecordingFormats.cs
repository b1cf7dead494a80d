namespace AutoQa.Synth.Output;

/// <summary>How a generated call is encoded; every format other than <see cref="Wav"/> is also recorded as a channel condition.</summary>
public static class RecordingFormats
{
    /// <summary>16 kHz 16-bit PCM WAV, two channels.</summary>
    public const string Wav = "wav";

    /// <summary>8 kHz G.711 mu-law WAV, two channels: the telephone line.</summary>
    public const string Ulaw8k = "ulaw-8k";

    /// <summary>MP3 at a low bitrate, two channels.</summary>
    public const string Mp3LowBitrate = "mp3-low-bitrate";

    /// <summary>16 kHz 16-bit PCM WAV, both parties mixed into one channel.</summary>
    public const string MonoMixdown = "mono-mixdown";

    /// <summary>Every format.</summary>
    public static IReadOnlyList<string> All { get; } = [Wav, Ulaw8k, Mp3LowBitrate, MonoMixdown];

    /// <summary>The file extension of <paramref name="format"/>.</summary>
    public static string Extension(string format) => format == Mp3LowBitrate ? "mp3" : "wav";
}
