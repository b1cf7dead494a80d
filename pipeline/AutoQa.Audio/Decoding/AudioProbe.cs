using FFMpegCore;
using FFMpegCore.Exceptions;

namespace AutoQa.Audio.Decoding;

/// <summary>Reads a recording's audio facts (duration, channels, rate, codec, container) with ffprobe.</summary>
public sealed class AudioProbe
{
    private readonly FFOptions _ffOptions;

    /// <summary>Creates a probe; <paramref name="options"/> defaults to <see cref="AudioDecoderOptions"/>' defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public AudioProbe(AudioDecoderOptions? options = null)
    {
        _ffOptions = (options ?? new AudioDecoderOptions()).Validate().ToFFOptions();
    }

    /// <summary>Probes <paramref name="path"/> and describes its first audio stream.</summary>
    /// <exception cref="AudioDecodingException">
    /// The file does not exist, ffprobe cannot read it, or it holds no audio stream; the message names the file and the cause.
    /// </exception>
    public async Task<AudioInfo> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new AudioDecodingException(path, "the file does not exist.");
        }

        if (new FileInfo(path).Length == 0)
        {
            throw new AudioDecodingException(path, "the file is empty (0 bytes).");
        }

        IMediaAnalysis analysis;
        using var cancellation = new FfmpegCancellation(cancellationToken);
        try
        {
            analysis = await FFProbe.AnalyseAsync(path, _ffOptions, null, cancellation.Token);
        }
        catch (Exception ex) when (ex is FFMpegException or FFProbeException or InvalidOperationException or System.Text.Json.JsonException)
        {
            throw new AudioDecodingException(path, "ffprobe cannot read it (not a media file, or corrupt).", ex.Message, ex);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new AudioDecodingException(path, $"ffprobe could not be started ({ex.Message}); install ffmpeg or set {nameof(AudioDecoderOptions.FFmpegBinaryFolder)}.", innerException: ex);
        }

        var stream = analysis.PrimaryAudioStream
            ?? throw new AudioDecodingException(path, "it holds no audio stream.", string.Join('\n', analysis.StandardError ?? []));
        if (stream.Channels is not > 0 || stream.SampleRateHz is not > 0)
        {
            throw new AudioDecodingException(path, "its audio stream reports no channel count or sample rate (corrupt header?).");
        }

        var duration = analysis.Duration > TimeSpan.Zero ? analysis.Duration : stream.Duration;
        return new AudioInfo(path, duration, stream.Channels.Value, stream.SampleRateHz.Value, stream.CodecName ?? "unknown", analysis.Format?.FormatName ?? "unknown");
    }
}
