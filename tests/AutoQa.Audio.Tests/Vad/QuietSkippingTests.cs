using AutoQa.Audio.Tests.Support;
using AutoQa.Audio.Vad;

namespace AutoQa.Audio.Tests.Vad;

public sealed class QuietSkippingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Skipping_long_quiet_stretches_finds_the_same_regions_as_running_every_chunk()
    {
        var jfk = await Speech.DecodedAsync(SharedAssets.Require("audio/jfk.wav"));
        var spoken = await Speech.SpokenAsync("I would like to return the headphones I bought last week.");
        var seconds = Speech.Seconds(jfk);

        // Speech separated by digital silence on one channel, by a -75 dBFS hiss on the other (a clean line's floor).
        var silent = Speech.Place(seconds + Speech.Seconds(spoken) + 20, (3.0, jfk), (seconds + 12, spoken));
        var hissing = Speech.Place(seconds + 25, (9.0, spoken), (15.0, jfk));
        Noise.AddWhite(hissing, Math.Pow(10, -75 / 10.0), seed: 3);
        using var skipping = NewVad(new SileroVadOptions());
        using var everyChunk = NewVad(new SileroVadOptions { SkipBelowDbfs = null });

        var skipped = skipping.DetectMany([silent, hissing], Token);
        var full = everyChunk.DetectMany([silent, hissing], Token);

        Assert.NotEmpty(full[0]);
        Assert.NotEmpty(full[1]);
        Assert.Equal(full[0], skipped[0], RegionComparer.WithinOneChunk);
        Assert.Equal(full[1], skipped[1], RegionComparer.WithinOneChunk);
    }

    [Fact]
    public async Task Speech_on_real_recordings_is_found_the_same_with_or_without_skipping()
    {
        var recording = await Speech.DecodedAsync(SharedAssets.Require("audio/silero-test-en-60s.wav"));
        using var skipping = NewVad(new SileroVadOptions());
        using var everyChunk = NewVad(new SileroVadOptions { SkipBelowDbfs = null });

        Assert.Equal(everyChunk.Detect(recording, Token), skipping.Detect(recording, Token), RegionComparer.WithinOneChunk);
    }

    [Fact]
    public void A_skip_floor_above_minus_one_dBFS_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewVad(new SileroVadOptions { SkipBelowDbfs = 0 }));
    }

    private static SileroVad NewVad(SileroVadOptions options) => new(SharedAssets.Require("models/vad/silero_vad.onnx"), options);
}
