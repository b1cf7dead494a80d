using System.Diagnostics;

namespace AutoQa.Batch.Tests.Support;

/// <summary>Builds small nights of real recordings (shared speech, re-encoded by ffmpeg) and bad files.</summary>
internal static class Nights
{
    /// <summary>
    /// Writes <paramref name="calls"/> recordings into <paramref name="folder"/>: stereo calls built from the shared
    /// 11 s speech sample (speech on one channel, silence then speech on the other), in wav, mp3 and flac.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SpeechAsync(string folder, int calls, CancellationToken cancellationToken)
    {
        Requires.Tool("ffmpeg");
        var speech = SharedAssets.Require("audio/jfk.wav");
        Directory.CreateDirectory(folder);
        string[] extensions = [".wav", ".mp3", ".flac"];
        var files = new List<string>();
        for (var i = 0; i < calls; i++)
        {
            var file = Path.Combine(folder, $"call-{i + 1:00}{extensions[i % extensions.Length]}");
            // A different delay per call makes every recording's content, and so its hash, different.
            await FfmpegAsync(
                $"-i \"{speech}\" -filter_complex \"[0:a]asplit[a][b];[b]adelay={2000 + (i * 250)}[c];[a]apad=pad_dur=4[p];[p][c]join=inputs=2:channel_layout=stereo[out]\" -map \"[out]\" -ar 8000 \"{file}\"",
                cancellationToken);
            files.Add(file);
        }

        return files;
    }

    /// <summary>Writes three recordings no decoder can read: random bytes, an empty file, and text named like audio.</summary>
    public static IReadOnlyList<string> Bad(string folder)
    {
        Directory.CreateDirectory(folder);
        var random = Path.Combine(folder, "bad-random.wav");
        File.WriteAllBytes(random, [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) ^ (i >> 3)))]);
        var empty = Path.Combine(folder, "bad-empty.wav");
        File.WriteAllBytes(empty, []);
        var text = Path.Combine(folder, "bad-text.mp3");
        File.WriteAllText(text, "this is not audio\n");
        return [random, empty, text];
    }

    private static async Task FfmpegAsync(string arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo("ffmpeg", "-hide_banner -loglevel error -y " + arguments)
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"ffmpeg {arguments} failed: {error}");
    }
}
