using System.Diagnostics;
using System.Globalization;
using AutoQa.Batch.Discovery;

namespace AutoQa.Cli.Batch;

/// <summary>
/// The baseline a user would pick instead of AutoQa: plain whisper-cli (same whisper.cpp build, model and threads) over
/// each whole recording, one 16 kHz mono wav per channel (converted beforehand, not timed).
/// </summary>
internal static class WhisperCliBaseline
{
    /// <summary>The whisper-cli built by tools/build-whisper.sh, or null.</summary>
    public static string? FindCli()
    {
        var native = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "autoqa", "native");
        return Directory.Exists(native)
            ? Directory.GetDirectories(native, "whisper.cpp-*-cpu").Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin", "whisper-cli")).LastOrDefault(File.Exists)
            : null;
    }

    /// <summary>Converts every channel of every recording, then times whisper-cli over all of them; returns the wall time.</summary>
    public static async Task<TimeSpan> RunAsync(string cli, string model, int threads, IEnumerable<Recording> recordings, string workFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workFolder);
        var wavs = new List<string>();
        foreach (var recording in recordings)
        {
            var channels = int.Parse((await ToolAsync("ffprobe", $"-v error -select_streams a:0 -show_entries stream=channels -of csv=p=0 \"{recording.Path}\"", cancellationToken)).Trim(), CultureInfo.InvariantCulture);
            for (var channel = 0; channel < channels; channel++)
            {
                var wav = Path.Combine(workFolder, $"{recording.DefaultCallId}.ch{channel}.wav");
                await ToolAsync("ffmpeg", $"-v error -y -i \"{recording.Path}\" -af \"pan=mono|c0=c{channel}\" -ar 16000 -c:a pcm_s16le \"{wav}\"", cancellationToken);
                wavs.Add(wav);
            }
        }

        var clock = Stopwatch.StartNew();
        foreach (var wav in wavs)
        {
            await ToolAsync(cli, $"-m \"{model}\" -t {threads} -np -nt -f \"{wav}\"", cancellationToken);
        }

        return clock.Elapsed;
    }

    private static async Task<string> ToolAsync(string tool, string arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
            ?? throw new IOException($"{tool} could not be started");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? await output : throw new IOException($"{tool} {arguments} exited with {process.ExitCode}: {await error}");
    }
}
