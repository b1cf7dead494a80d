using System.Collections.Concurrent;
using FFMpegCore;
using FFMpegCore.Exceptions;
using FFMpegCore.Pipes;

namespace AutoQa.Audio.Decoding;

/// <summary>
/// Decodes any recording ffmpeg can read (wav incl. u-law/a-law/gsm, mp3, opus/ogg, m4a/aac, flac; 8 to 48 kHz;
/// mono or stereo) to float PCM at <see cref="AudioDecoderOptions.SampleRate"/>, one buffer per channel.
/// ffmpeg streams f32le through a pipe into the per-channel arrays: no temporary files. Thread-safe.
/// </summary>
public sealed class AudioDecoder
{
    private readonly AudioDecoderOptions _options;
    private readonly FFOptions _ffOptions;
    private readonly AudioProbe _probe;

    /// <summary>Creates a decoder; <paramref name="options"/> defaults to <see cref="AudioDecoderOptions"/>' defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public AudioDecoder(AudioDecoderOptions? options = null)
    {
        _options = (options ?? new AudioDecoderOptions()).Validate();
        _ffOptions = _options.ToFFOptions();
        _probe = new AudioProbe(_options);
    }

    /// <summary>Decodes <paramref name="path"/> to float PCM, one array per channel, samples in [-1, 1].</summary>
    /// <exception cref="AudioDecodingException">
    /// The file does not exist, is empty, is not a readable media file, holds no audio stream, or ffmpeg fails
    /// while decoding it; the exception names the file and carries ffmpeg's standard error.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (ffmpeg is stopped).</exception>
    public async Task<PcmAudio> DecodeAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = WavHeader.TryRead(path) ?? await _probe.ProbeAsync(path, cancellationToken);
        var expectedFrames = (int)Math.Min(int.MaxValue, Math.Round(info.Duration.TotalSeconds * _options.SampleRate));
        var splitter = new ChannelSplitter(info.Channels, expectedFrames);
        var stderr = new ConcurrentQueue<string>();

        var sink = new StreamPipeSink(splitter.ReadAllAsync) { Format = "f32le" };
        FFMpegResult result;
        using var cancellation = new FfmpegCancellation(cancellationToken);
        try
        {
            result = await FFMpegArguments
                .FromFileInput(path)
                .OutputToPipe(sink, output => output
                    .WithCustomArgument($"-map 0:a:0 -vn -sn -dn -acodec pcm_f32le -ac {info.Channels}")
                    .WithAudioSamplingRate(_options.SampleRate))
                .NotifyOnStandardError(stderr.Enqueue)
                .ProcessAsynchronously(false, _ffOptions, cancellation.Token);
        }
        catch (Exception ex) when (ex is FFMpegException or IOException or InvalidOperationException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new AudioDecodingException(path, "ffmpeg failed while decoding it.", string.Join('\n', stderr), ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (result.ExitCode != 0)
        {
            throw new AudioDecodingException(path, $"ffmpeg exited with code {result.ExitCode} while decoding it (corrupt or truncated audio?).", string.Join('\n', stderr));
        }

        return new PcmAudio(path, _options.SampleRate, splitter.Finish());
    }
}
