using System.Globalization;

namespace AutoQa.Audio.Tests.Support;

/// <summary>Makes test recordings with real ffmpeg, sox and espeak-ng.</summary>
internal static class Recordings
{
    public const double ToneSeconds = 2.0;
    public const double LeftHz = 440;
    public const double RightHz = 1000;

    /// <summary>A 2 s recording: mono is a 440 Hz tone; stereo has 440 Hz on the left and 1 kHz on the right.</summary>
    public static string Tone(TempFolder folder, string name, int sampleRate, int channels, params string[] codecArguments)
    {
        var path = folder.File(name);
        var rate = sampleRate.ToString(CultureInfo.InvariantCulture);
        string[] inputs = ["-f", "lavfi", "-i", Sine(LeftHz, sampleRate)];
        if (channels == 2)
        {
            inputs = [.. inputs, "-f", "lavfi", "-i", Sine(RightHz, sampleRate), "-filter_complex", "[0:a][1:a]amerge=inputs=2[a]", "-map", "[a]"];
        }

        MediaTool.FFmpeg([.. inputs, "-ar", rate, "-ac", channels.ToString(CultureInfo.InvariantCulture), .. codecArguments, path]);
        return path;
    }

    /// <summary>A 16 kHz mono wav of <paramref name="text"/> spoken by espeak-ng.</summary>
    public static string Speech(TempFolder folder, string name, string text)
    {
        var raw = folder.File(name + ".espeak.wav");
        MediaTool.Run("espeak-ng", "-v", "en-us", "-s", "150", "-w", raw, text);
        var path = folder.File(name);
        MediaTool.FFmpeg("-i", raw, "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", path);
        return path;
    }

    private static string Sine(double hz, int sampleRate) =>
        string.Create(CultureInfo.InvariantCulture, $"sine=frequency={hz}:sample_rate={sampleRate}:duration={ToneSeconds}");
}
