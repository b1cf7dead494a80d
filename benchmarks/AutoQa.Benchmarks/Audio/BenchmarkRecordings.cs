using System.Diagnostics;

namespace AutoQa.Benchmarks.Audio;

/// <summary>Makes the 5-minute stereo recordings the audio benchmarks decode, with the system ffmpeg.</summary>
internal static class BenchmarkRecordings
{
    public const double Seconds = 300;

    /// <summary>Speech-band noise, bursty like turn-taking, different on each channel, encoded with <paramref name="codecArguments"/>.</summary>
    public static string Make(string folder, string name, int sampleRate, params string[] codecArguments)
    {
        var path = Path.Combine(folder, name);
        string[] arguments =
        [
            "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", $"anoisesrc=d={Seconds}:c=pink:r={sampleRate}:a=0.2:s=1",
            "-f", "lavfi", "-i", $"anoisesrc=d={Seconds}:c=pink:r={sampleRate}:a=0.2:s=2",
            "-filter_complex", "[0:a]volume='gt(mod(t,6),3)':eval=frame[l];[1:a]volume='lte(mod(t,6),3)':eval=frame[r];[l][r]join=inputs=2:channel_layout=stereo[a]",
            "-map", "[a]", "-ar", $"{sampleRate}", "-ac", "2", .. codecArguments, path,
        ];
        var start = new ProcessStartInfo("ffmpeg", arguments) { RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? path : throw new InvalidOperationException($"ffmpeg failed making {name}: {stderr}");
    }
}
