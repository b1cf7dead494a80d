using System.Diagnostics;

namespace AutoQa.Audio.Tests.Support;

/// <summary>Runs a real command-line media tool (ffmpeg, sox, espeak-ng) to make a test recording; fails the test on error.</summary>
internal static class MediaTool
{
    /// <summary>Runs <paramref name="tool"/> (skipping the test when it is not installed) and waits for it.</summary>
    public static void Run(string tool, params string[] arguments)
    {
        var executable = Requires.Tool(tool);
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {stderr.Result}");
    }

    /// <summary>Runs ffmpeg quietly, overwriting <paramref name="arguments"/>' output.</summary>
    public static void FFmpeg(params string[] arguments) => Run("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", .. arguments]);
}
