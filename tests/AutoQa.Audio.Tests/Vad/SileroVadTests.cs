using AutoQa.Audio.Tests.Support;
using AutoQa.Audio.Vad;

namespace AutoQa.Audio.Tests.Vad;

public sealed class SileroVadTests
{
    private const double Tolerance = 0.25;

    [Fact]
    public async Task Jfk_speech_is_found_across_most_of_the_recording_and_not_in_appended_silence()
    {
        var samples = await Speech.DecodedAsync(SharedAssets.Require("audio/jfk.wav"));
        var speechSeconds = Speech.Seconds(samples);
        var withSilence = Speech.Place(speechSeconds + 3, (0, samples));
        using var vad = NewVad();

        var regions = vad.Detect(withSilence, TestContext.Current.CancellationToken);

        Assert.NotEmpty(regions);
        Assert.True(regions.Sum(r => r.Duration) > 0.6 * speechSeconds, $"speech found: {Describe(regions)}");
        Assert.All(regions, r => Assert.True(r.End <= speechSeconds + Tolerance, $"region in the appended silence: {r}"));
    }

    [Fact]
    public async Task Speech_placed_in_silence_is_found_at_its_offsets()
    {
        var first = await Speech.SpokenAsync("Thank you for calling customer support, this is Anna speaking.");
        var second = await Speech.SpokenAsync("I would like to return the headphones I bought last week.");
        var secondOffset = 3.0 + Speech.Seconds(first) + 4.0;
        var signal = Speech.Place(secondOffset + Speech.Seconds(second) + 3.0, (3.0, first), (secondOffset, second));
        using var vad = NewVad();

        var regions = vad.Detect(signal, TestContext.Current.CancellationToken);

        var description = Describe(regions);
        Assert.InRange(regions[0].Start, 3.0 - Tolerance, 3.0 + Tolerance);
        Assert.InRange(regions[^1].End, secondOffset + Speech.Seconds(second) - Tolerance, secondOffset + Speech.Seconds(second) + Tolerance);
        var firstEnd = 3.0 + Speech.Seconds(first);
        Assert.Contains(regions, r => Math.Abs(r.End - firstEnd) < Tolerance);
        Assert.Contains(regions, r => Math.Abs(r.Start - secondOffset) < Tolerance);
        Assert.DoesNotContain(regions, r => r.Overlaps(firstEnd + Tolerance, secondOffset - Tolerance));
        Assert.True(regions.Count <= 6, $"speech split into too many regions: {description}");
    }

    [Fact]
    public async Task Batched_detection_of_several_channels_matches_one_at_a_time()
    {
        var jfk = await Speech.DecodedAsync(SharedAssets.Require("audio/jfk.wav"));
        var shifted = Speech.Place(Speech.Seconds(jfk) + 5, (4.0, jfk));
        using var vad = NewVad();

        var batched = vad.DetectMany([jfk, shifted, new float[16_000]], TestContext.Current.CancellationToken);

        Assert.Equal(3, batched.Count);
        Assert.Equal(vad.Detect(jfk, TestContext.Current.CancellationToken), batched[0], RegionComparer.WithinOneChunk);
        Assert.Equal(vad.Detect(shifted, TestContext.Current.CancellationToken), batched[1], RegionComparer.WithinOneChunk);
        Assert.Empty(batched[2]);
    }

    [Fact]
    public void A_missing_model_file_gives_a_SileroVadException_naming_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("silero_vad.onnx");

        var error = Assert.Throws<SileroVadException>(() => new SileroVad(path));

        Assert.Equal(path, error.ModelPath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private static SileroVad NewVad() => new(SharedAssets.Require("models/vad/silero_vad.onnx"));

    private static string Describe(IReadOnlyList<SpeechRegion> regions) => string.Join(", ", regions.Select(r => $"{r.Start:F2}-{r.End:F2}"));
}
