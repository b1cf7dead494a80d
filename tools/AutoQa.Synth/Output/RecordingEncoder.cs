using System.Globalization;
using System.Runtime.InteropServices;
using AutoQa.Synth.Catalog;
using AutoQa.Synth.Processes;

namespace AutoQa.Synth.Output;

/// <summary>Encodes a call's samples with one ffmpeg run (raw float piped in), writing the file atomically.</summary>
internal static class RecordingEncoder
{
    private const int ChunkFrames = 16384;

    /// <exception cref="ExternalToolException">ffmpeg is missing or failed; carries its stderr.</exception>
    public static async Task EncodeAsync(SynthesizedCall call, string path, ConditionSettings conditions, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var rate = call.SampleRate.ToString(CultureInfo.InvariantCulture);
        List<string> arguments =
        [
            "-hide_banner", "-nostdin", "-loglevel", "error",
            "-f", "f32le", "-ar", rate, "-ac", call.Channels.Count.ToString(CultureInfo.InvariantCulture), "-i", "pipe:0",
            .. OutputArguments(call.Spec.Format, conditions),
            "-fflags", "+bitexact", "-flags:a", "+bitexact", "-y", temporary,
        ];
        try
        {
            await ExternalTool.RunAsync("ffmpeg", arguments, (stdin, ct) => WriteInterleavedAsync(stdin, call.Channels, ct), cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string[] OutputArguments(string format, ConditionSettings conditions) => format switch
    {
        RecordingFormats.Ulaw8k => ["-ar", "8000", "-c:a", "pcm_mulaw", "-f", "wav"],
        RecordingFormats.Mp3LowBitrate => ["-c:a", "libmp3lame", "-b:a", $"{conditions.Mp3BitrateKbps}k", "-f", "mp3"],
        _ => ["-c:a", "pcm_s16le", "-f", "wav"],
    };

    private static async Task WriteInterleavedAsync(Stream stdin, IReadOnlyList<float[]> channels, CancellationToken cancellationToken)
    {
        var frames = channels[0].Length;
        var buffer = new byte[ChunkFrames * channels.Count * sizeof(float)];
        for (var start = 0; start < frames; start += ChunkFrames)
        {
            var count = Math.Min(ChunkFrames, frames - start);
            Interleave(channels, start, count, buffer);
            await stdin.WriteAsync(buffer.AsMemory(0, count * channels.Count * sizeof(float)), cancellationToken);
        }
    }

    private static void Interleave(IReadOnlyList<float[]> channels, int start, int count, byte[] buffer)
    {
        var samples = MemoryMarshal.Cast<byte, float>(buffer.AsSpan());
        for (var i = 0; i < count; i++)
        {
            for (var c = 0; c < channels.Count; c++)
            {
                samples[(i * channels.Count) + c] = channels[c][start + i];
            }
        }
    }
}
