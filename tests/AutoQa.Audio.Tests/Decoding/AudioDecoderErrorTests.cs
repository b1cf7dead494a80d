using AutoQa.Audio.Decoding;
using AutoQa.Audio.Tests.Support;

namespace AutoQa.Audio.Tests.Decoding;

public sealed class AudioDecoderErrorTests
{
    private static readonly AudioDecoder Decoder = new();

    [Fact]
    public async Task Decoding_a_missing_file_names_the_file()
    {
        Requires.Tool("ffmpeg");
        using var folder = new TempFolder();
        var path = folder.File("absent.wav");

        var error = await Assert.ThrowsAsync<AudioDecodingException>(() => Decoder.DecodeAsync(path, TestContext.Current.CancellationToken));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decoding_random_bytes_named_wav_names_the_file_and_carries_ffmpegs_diagnosis()
    {
        Requires.Tool("ffmpeg");
        using var folder = new TempFolder();
        var path = folder.File("noise.wav");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<AudioDecodingException>(() => Decoder.DecodeAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.StandardError);
    }

    [Fact]
    public async Task Decoding_an_empty_file_says_it_is_empty()
    {
        Requires.Tool("ffmpeg");
        using var folder = new TempFolder();
        var path = folder.File("empty.wav");
        await File.WriteAllBytesAsync(path, [], TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<AudioDecodingException>(() => Decoder.DecodeAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decoding_a_text_file_names_the_file()
    {
        Requires.Tool("ffmpeg");
        using var folder = new TempFolder();
        var path = folder.File("notes.mp3");
        await File.WriteAllTextAsync(path, "Call notes: customer asked about a refund.\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<AudioDecodingException>(() => Decoder.DecodeAsync(path, TestContext.Current.CancellationToken));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decoding_a_file_without_audio_says_it_has_no_audio_stream()
    {
        using var folder = new TempFolder();
        var path = folder.File("picture.png");
        MediaTool.FFmpeg("-f", "lavfi", "-i", "color=c=blue:s=32x32:d=1", "-frames:v", "1", path);

        var error = await Assert.ThrowsAsync<AudioDecodingException>(() => Decoder.DecodeAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("no audio stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decoding_with_a_cancelled_token_throws_OperationCanceledException()
    {
        using var folder = new TempFolder();
        var path = Recordings.Tone(folder, "tone.wav", 8_000, 1, "-c:a", "pcm_mulaw");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Decoder.DecodeAsync(path, cancelled.Token));
    }
}
