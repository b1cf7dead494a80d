using FFMpegCore;

namespace AutoQa.Audio.Decoding;

/// <summary>How <see cref="AudioDecoder"/> and <see cref="AudioProbe"/> run ffmpeg.</summary>
public sealed class AudioDecoderOptions
{
    /// <summary>The sample rate every channel is resampled to, in Hz. The default is 16 000 (what Silero VAD and Whisper expect).</summary>
    public int SampleRate { get; init; } = 16_000;

    /// <summary>
    /// The folder holding the <c>ffmpeg</c> and <c>ffprobe</c> executables.
    /// The default is null: both are looked up on PATH.
    /// </summary>
    public string? FFmpegBinaryFolder { get; init; }

    /// <summary>Checks the values once, when a decoder or probe is built.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sample rate is outside 1 000 to 192 000 Hz.</exception>
    /// <exception cref="DirectoryNotFoundException">The binary folder is set but does not exist.</exception>
    internal AudioDecoderOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(SampleRate, 1_000, nameof(SampleRate));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SampleRate, 192_000, nameof(SampleRate));
        if (FFmpegBinaryFolder is not null && !Directory.Exists(FFmpegBinaryFolder))
        {
            throw new DirectoryNotFoundException($"The ffmpeg binary folder '{FFmpegBinaryFolder}' does not exist.");
        }

        return this;
    }

    /// <summary>FFMpegCore's per-call options: never the process-wide <c>GlobalFFOptions</c>.</summary>
    internal FFOptions ToFFOptions() => new() { BinaryFolder = FFmpegBinaryFolder ?? string.Empty };
}
