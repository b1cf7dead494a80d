using System.Buffers.Binary;

namespace AutoQa.Synth.Speech;

/// <summary>
/// Reads the 16-bit PCM mono WAV that espeak-ng and flite write. Streamed output carries placeholder sizes,
/// so a data chunk is taken to run to the end of the bytes when its declared size does not fit.
/// </summary>
internal static class WavReader
{
    public static (float[] Samples, int SampleRate) Read(ReadOnlySpan<byte> wav, string source)
    {
        if (wav.Length < 12 || !wav[..4].SequenceEqual("RIFF"u8) || !wav.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            throw new SpeechSynthesisException($"{source}: output is not a WAV file ({wav.Length} bytes).");
        }

        var sampleRate = 0;
        var offset = 12;
        while (offset + 8 <= wav.Length)
        {
            var id = wav.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(wav.Slice(offset + 4, 4));
            var body = offset + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                var format = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body, 2));
                var channels = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body + 2, 2));
                var bits = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body + 14, 2));
                if (format != 1 || channels != 1 || bits != 16)
                {
                    throw new SpeechSynthesisException($"{source}: expected 16-bit PCM mono, got format {format}, {channels} channels, {bits} bits.");
                }

                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(wav.Slice(body + 4, 4));
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (sampleRate == 0)
                {
                    throw new SpeechSynthesisException($"{source}: the data chunk comes before the format chunk.");
                }

                var length = size > (uint)(wav.Length - body) ? wav.Length - body : (int)size;
                return (ToFloat(wav.Slice(body, length & ~1)), sampleRate);
            }

            offset = body + (int)Math.Min(size + (size & 1), (uint)wav.Length);
        }

        throw new SpeechSynthesisException($"{source}: the WAV output has no data chunk.");
    }

    private static float[] ToFloat(ReadOnlySpan<byte> pcm)
    {
        var samples = new float[pcm.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(pcm.Slice(2 * i, 2)) / 32768f;
        }

        return samples;
    }
}
