using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace AutoQa.Synth.Tests.Support;

/// <summary>Decodes a written recording back to float samples with a real ffmpeg, the way the pipeline will read it.</summary>
internal static class DecodedAudio
{
    public static async Task<float[][]> ReadAsync(string path, int channels, int sampleRate = 16000)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-hide_banner", "-nostdin", "-loglevel", "error", "-i", path, "-f", "f32le", "-ac", channels.ToString(CultureInfo.InvariantCulture), "-ar", sampleRate.ToString(CultureInfo.InvariantCulture), "pipe:1" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.BaseStream.CopyToAsync(output);
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ffmpeg could not decode {path}: {await error}");
        var interleaved = MemoryMarshal.Cast<byte, float>(output.ToArray().AsSpan()).ToArray();
        var frames = interleaved.Length / channels;
        var result = new float[channels][];
        for (var c = 0; c < channels; c++)
        {
            result[c] = new float[frames];
            for (var i = 0; i < frames; i++)
            {
                result[c][i] = interleaved[(i * channels) + c];
            }
        }

        return result;
    }

    /// <summary>ffprobe's view of the first audio stream: codec, sample rate, channels.</summary>
    public static async Task<(string Codec, int SampleRate, int Channels)> ProbeAsync(string path)
    {
        var start = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name,sample_rate,channels", "-of", "csv=p=0", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        var parts = text.Split(',');
        return (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}
