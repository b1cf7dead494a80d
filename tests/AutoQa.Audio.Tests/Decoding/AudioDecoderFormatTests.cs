using AutoQa.Audio.Decoding;
using AutoQa.Audio.Tests.Support;

namespace AutoQa.Audio.Tests.Decoding;

public sealed class AudioDecoderFormatTests
{
    // Codec frames are 20-26 ms; encoder priming is trimmed by ffmpeg, so a decoded length is right within one frame.
    private const double FrameSeconds = 0.03;

    private static readonly AudioDecoder Decoder = new();

    public static TheoryData<string, int, int, string[]> Formats => new()
    {
        { "pcm16.wav", 16_000, 1, ["-c:a", "pcm_s16le"] },
        { "pcm16-44k.wav", 44_100, 2, ["-c:a", "pcm_s16le"] },
        { "ulaw.wav", 8_000, 1, ["-c:a", "pcm_mulaw"] },
        { "ulaw-stereo.wav", 8_000, 2, ["-c:a", "pcm_mulaw"] },
        { "alaw.wav", 8_000, 1, ["-c:a", "pcm_alaw"] },
        { "gsm.wav", 8_000, 1, ["-c:a", "libgsm_ms"] },
        { "call.mp3", 44_100, 2, ["-c:a", "libmp3lame", "-b:a", "128k"] },
        { "call-8k.mp3", 8_000, 1, ["-c:a", "libmp3lame", "-b:a", "32k"] },
        { "call.opus", 48_000, 2, ["-c:a", "libopus", "-b:a", "64k"] },
        { "call.ogg", 16_000, 1, ["-c:a", "libopus", "-b:a", "24k"] },
        { "call.m4a", 44_100, 1, ["-c:a", "aac", "-b:a", "96k"] },
        { "call-48k.m4a", 48_000, 2, ["-c:a", "aac", "-b:a", "128k"] },
        { "call.flac", 48_000, 2, ["-c:a", "flac"] },
        { "call-8k.flac", 8_000, 1, ["-c:a", "flac"] },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Decoding_a_recording_gives_16kHz_channels_of_the_right_length_and_tone(string name, int sampleRate, int channels, string[] codec)
    {
        using var folder = new TempFolder();
        var path = Recordings.Tone(folder, name, sampleRate, channels, codec);

        var audio = await Decoder.DecodeAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(16_000, audio.SampleRate);
        Assert.Equal(channels, audio.Channels.Count);
        Assert.InRange(audio.DurationSeconds, Recordings.ToneSeconds - FrameSeconds, Recordings.ToneSeconds + FrameSeconds);
        Assert.All(audio.Channels, channel => Assert.Equal(audio.Channels[0].Length, channel.Length));
        double[] expectedHz = channels == 1 ? [Recordings.LeftHz] : [Recordings.LeftHz, Recordings.RightHz];
        for (var c = 0; c < channels; c++)
        {
            var middle = Signal.Middle(audio.Channels[c]);
            Assert.InRange(Signal.ToneFrequency(middle, audio.SampleRate), expectedHz[c] * 0.97, expectedHz[c] * 1.03);
            // lavfi's sine has amplitude 1/8, so an RMS of 0.125 / sqrt(2).
            Assert.InRange(Signal.Rms(middle), 0.07, 0.11);
        }
    }

    [Fact]
    public async Task Decoding_a_sox_gsm_file_gives_16kHz_samples()
    {
        using var folder = new TempFolder();
        var wav = Recordings.Tone(folder, "tone.wav", 8_000, 1, "-c:a", "pcm_s16le");
        var gsm = folder.File("call.gsm");
        MediaTool.Run("sox", wav, "-r", "8000", "-c", "1", gsm);

        var audio = await Decoder.DecodeAsync(gsm, TestContext.Current.CancellationToken);

        Assert.Equal(16_000, audio.SampleRate);
        Assert.Single(audio.Channels);
        Assert.InRange(audio.DurationSeconds, Recordings.ToneSeconds - FrameSeconds, Recordings.ToneSeconds + FrameSeconds);
        Assert.InRange(Signal.ToneFrequency(Signal.Middle(audio.Channels[0]), 16_000), Recordings.LeftHz * 0.97, Recordings.LeftHz * 1.03);
    }

    [Fact]
    public async Task Decoding_a_stereo_file_keeps_a_tone_on_the_left_and_silence_on_the_right()
    {
        using var folder = new TempFolder();
        var path = folder.File("left-only.wav");
        MediaTool.FFmpeg(
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=8000:duration=2",
            "-af", "pan=stereo|c0=c0|c1=0*c0", "-c:a", "pcm_mulaw", path);

        var audio = await Decoder.DecodeAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(2, audio.Channels.Count);
        Assert.InRange(Signal.Rms(audio.Channels[0]), 0.07, 0.11);
        Assert.True(Signal.Rms(audio.Channels[1]) < 1e-3, $"right channel RMS {Signal.Rms(audio.Channels[1])}");
    }
}
