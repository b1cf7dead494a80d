using System.Buffers;
using System.Runtime.InteropServices;

namespace AutoQa.Audio.Decoding;

/// <summary>
/// Reads interleaved little-endian float32 frames from ffmpeg's output pipe straight into one array per channel,
/// sized from the probed duration and grown only if the stream turns out longer.
/// </summary>
internal sealed class ChannelSplitter
{
    private const int ReadBlockBytes = 1 << 16;

    private readonly float[][] _channels;
    private int _frames;

    public ChannelSplitter(int channelCount, int expectedFrames)
    {
        _channels = new float[channelCount][];
        for (var c = 0; c < channelCount; c++)
        {
            _channels[c] = new float[Math.Max(expectedFrames, 0)];
        }
    }

    public async Task ReadAllAsync(Stream pipe, CancellationToken cancellationToken)
    {
        var frameBytes = sizeof(float) * _channels.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBlockBytes - (ReadBlockBytes % frameBytes) + frameBytes);
        try
        {
            var pending = 0;
            int read;
            while ((read = await pipe.ReadAsync(buffer.AsMemory(pending, buffer.Length - pending), cancellationToken)) > 0)
            {
                pending += read;
                var whole = pending - (pending % frameBytes);
                Append(MemoryMarshal.Cast<byte, float>(buffer.AsSpan(0, whole)));

                // A read may end mid-frame: keep the partial frame for the next read.
                buffer.AsSpan(whole, pending - whole).CopyTo(buffer);
                pending -= whole;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The channels trimmed to the frames actually received.</summary>
    public float[][] Finish()
    {
        for (var c = 0; c < _channels.Length; c++)
        {
            if (_channels[c].Length != _frames)
            {
                Array.Resize(ref _channels[c], _frames);
            }
        }

        return _channels;
    }

    private void Append(ReadOnlySpan<float> interleaved)
    {
        var count = _channels.Length;
        var frames = interleaved.Length / count;
        EnsureCapacity(_frames + frames);
        if (count == 1)
        {
            interleaved.CopyTo(_channels[0].AsSpan(_frames));
        }
        else
        {
            for (var c = 0; c < count; c++)
            {
                var target = _channels[c].AsSpan(_frames, frames);
                for (int i = 0, j = c; i < frames; i++, j += count)
                {
                    target[i] = interleaved[j];
                }
            }
        }

        _frames += frames;
    }

    private void EnsureCapacity(int frames)
    {
        if (frames <= _channels[0].Length)
        {
            return;
        }

        var capacity = Math.Max(frames, _channels[0].Length + (_channels[0].Length / 4) + 16_000);
        for (var c = 0; c < _channels.Length; c++)
        {
            Array.Resize(ref _channels[c], capacity);
        }
    }
}
