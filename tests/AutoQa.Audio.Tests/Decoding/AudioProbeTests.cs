using AutoQa.Audio.Decoding;
using AutoQa.Audio.Tests.Support;

namespace AutoQa.Audio.Tests.Decoding;

public sealed class AudioProbeTests
{
    [Fact]
    public async Task Probing_an_8kHz_stereo_ulaw_wav_reports_its_facts()
    {
        using var folder = new TempFolder();
        var path = Recordings.Tone(folder, "call.wav", 8_000, 2, "-c:a", "pcm_mulaw");

        var info = await new AudioProbe().ProbeAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(path, info.Source);
        Assert.Equal(2, info.Channels);
        Assert.Equal(8_000, info.SampleRate);
        Assert.Equal("pcm_mulaw", info.Codec);
        Assert.Equal("wav", info.Format);
        Assert.InRange(info.Duration.TotalSeconds, 1.99, 2.01);
    }
}
