using AutoQa.Audio.Decoding;

namespace AutoQa.Audio.Tests.Support;

/// <summary>Real speech as 16 kHz samples: espeak-ng sentences and shared recordings, decoded by the real decoder.</summary>
internal static class Speech
{
    public const int Rate = 16_000;

    private static readonly AudioDecoder Decoder = new();

    /// <summary>espeak-ng saying <paramref name="text"/>, trimmed to where its signal starts and ends.</summary>
    public static async Task<float[]> SpokenAsync(string text)
    {
        using var folder = new TempFolder();
        var path = Recordings.Speech(folder, "speech.wav", text);
        var samples = (await Decoder.DecodeAsync(path, TestContext.Current.CancellationToken)).Channels[0];
        var first = Array.FindIndex(samples, s => Math.Abs(s) > 0.01f);
        var last = Array.FindLastIndex(samples, s => Math.Abs(s) > 0.01f);
        return samples[first..(last + 1)];
    }

    /// <summary>The first channel of a decoded file.</summary>
    public static async Task<float[]> DecodedAsync(string path) =>
        (await Decoder.DecodeAsync(path, TestContext.Current.CancellationToken)).Channels[0];

    /// <summary>Places each clip at its offset (seconds) in <paramref name="totalSeconds"/> of digital silence.</summary>
    public static float[] Place(double totalSeconds, params (double Offset, float[] Clip)[] clips)
    {
        var signal = new float[(int)(totalSeconds * Rate)];
        foreach (var (offset, clip) in clips)
        {
            clip.CopyTo(signal, (int)(offset * Rate));
        }

        return signal;
    }

    public static double Seconds(float[] clip) => (double)clip.Length / Rate;
}
