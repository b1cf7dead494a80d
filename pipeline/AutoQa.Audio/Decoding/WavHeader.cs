using System.Buffers.Binary;

namespace AutoQa.Audio.Decoding;

/// <summary>
/// Reads the channel count, sample rate and length of a RIFF/WAVE file from its header, so decoding a wav (the usual
/// telephony export) needs one ffmpeg process instead of ffprobe then ffmpeg. Anything it cannot read with certainty
/// gives null, and the caller probes with ffprobe, which also reports the errors.
/// </summary>
internal static class WavHeader
{
    // fmt and data normally sit in the first few hundred bytes; a LIST/INFO or bext chunk may come first.
    private const int MaxHeaderBytes = 1 << 16;

    public static AudioInfo? TryRead(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
            var header = new byte[(int)Math.Min(MaxHeaderBytes, file.Length)];
            file.ReadExactly(header);
            return Parse(path, header, file.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            return null;
        }
    }

    private static AudioInfo? Parse(string path, ReadOnlySpan<byte> header, long fileLength)
    {
        if (header.Length < 12 || !Is(header, 0, "RIFF"u8) || !Is(header, 8, "WAVE"u8))
        {
            return null;
        }

        (int Format, int Channels, int SampleRate, int ByteRate)? format = null;
        for (var at = 12; at + 8 <= header.Length;)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[(at + 4)..]);
            var body = at + 8;
            if (Is(header, at, "fmt "u8) && size >= 16 && body + 16 <= header.Length)
            {
                var fmt = header[body..];
                format = (BinaryPrimitives.ReadUInt16LittleEndian(fmt), BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]),
                    BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]), BinaryPrimitives.ReadInt32LittleEndian(fmt[8..]));
            }
            else if (Is(header, at, "data"u8))
            {
                return format is { Channels: > 0, SampleRate: > 0, ByteRate: > 0 } f
                    ? new AudioInfo(path, TimeSpan.FromSeconds((double)Math.Min(size, fileLength - body) / f.ByteRate), f.Channels, f.SampleRate, $"wav format 0x{f.Format:x4}", "wav")
                    : null;
            }

            at = body + (int)Math.Min(size + (size & 1), int.MaxValue - body);
        }

        return null;
    }

    private static bool Is(ReadOnlySpan<byte> header, int at, ReadOnlySpan<byte> id) =>
        header.Length >= at + 4 && header.Slice(at, 4).SequenceEqual(id);
}
