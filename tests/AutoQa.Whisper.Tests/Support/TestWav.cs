using System.Buffers.Binary;
using System.Text;

namespace AutoQa.Whisper.Tests.Support;

/// <summary>Reads the shared 16 kHz mono 16-bit PCM WAV files as float samples (decoding in general is AutoQa.Audio's job).</summary>
internal static class TestWav
{
    public static float[] ReadMono16k(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (Encoding.ASCII.GetString(bytes, 0, 4) != "RIFF" || Encoding.ASCII.GetString(bytes, 8, 4) != "WAVE")
        {
            throw new InvalidDataException($"{path} is not a RIFF WAVE file");
        }

        for (var offset = 12; offset + 8 <= bytes.Length;)
        {
            var id = Encoding.ASCII.GetString(bytes, offset, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 4));
            var body = bytes.AsSpan(offset + 8, Math.Min(size, bytes.Length - offset - 8));
            if (id == "fmt " && (BinaryPrimitives.ReadInt16LittleEndian(body) != 1 || BinaryPrimitives.ReadInt16LittleEndian(body[2..]) != 1
                || BinaryPrimitives.ReadInt32LittleEndian(body[4..]) != 16_000 || BinaryPrimitives.ReadInt16LittleEndian(body[14..]) != 16))
            {
                throw new InvalidDataException($"{path} is not 16 kHz mono 16-bit PCM");
            }

            if (id == "data")
            {
                var samples = new float[body.Length / 2];
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(2 * i)..]) / 32768f;
                }

                return samples;
            }

            offset += 8 + size + (size & 1);
        }

        throw new InvalidDataException($"{path} has no data chunk");
    }
}
