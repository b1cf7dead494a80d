using AutoQa.Audio.Vad;
using AutoQa.Events;

namespace AutoQa.Audio.Tests.Vad;

public sealed class SpeechWindowPackerTests
{
    private readonly SpeechWindowPacker _packer = new();

    [Fact]
    public void Nearby_regions_share_a_slice_and_distant_ones_are_joined_by_a_short_gap()
    {
        var windows = _packer.Pack([new(1.0, 3.0), new(3.5, 5.0), new(20.0, 22.0)]);

        var window = Assert.Single(windows);
        Assert.Equal([new SpeechWindowPiece(0, 1.0, 4.0), new SpeechWindowPiece(4.3, 20.0, 2.0)], window.Pieces);
        Assert.Equal(6.3, window.Duration, 9);
        Assert.Equal(new TimeRange(2.0, 2.5), Rounded(window.ToCallRange(1.0, 1.5)));
        Assert.Equal(new TimeRange(4.0, 20.7), Rounded(window.ToCallRange(3.0, 5.0)));
    }

    [Fact]
    public void A_word_begun_in_an_inserted_gap_is_placed_in_the_speech_after_it_and_one_ended_in_it_in_the_speech_before()
    {
        var window = new SpeechWindow([new(0, 1.0, 4.0), new(4.3, 20.0, 2.0)], 0.3);

        Assert.Equal(new TimeRange(20.0, 21.0), Rounded(window.ToCallRange(4.1, 5.3)));
        Assert.Equal(new TimeRange(4.5, 5.0), Rounded(window.ToCallRange(3.5, 4.1)));
        Assert.Equal(new TimeRange(5.0, 5.0), Rounded(window.ToCallRange(4.05, 4.1)));
        Assert.Equal(new TimeRange(20.0, 20.0), Rounded(window.ToCallRange(4.2, 4.25)));
        Assert.Equal(new TimeRange(21.0, 22.0), Rounded(window.ToCallRange(5.3, 9.0)));
    }

    [Fact]
    public void Windows_never_exceed_thirty_seconds_and_never_split_a_shorter_region()
    {
        SpeechRegion[] regions = [.. Enumerable.Range(0, 12).Select(i => new SpeechRegion(i * 10.0, (i * 10.0) + 7.0))];

        var windows = _packer.Pack(regions);

        Assert.All(windows, w => Assert.True(w.Duration <= 30.0, $"window of {w.Duration} s"));
        var pieces = windows.SelectMany(w => w.Pieces).ToArray();
        Assert.Equal(regions.Select(r => (r.Start, r.Duration)), pieces.Select(p => (p.CallStart, p.Duration)));
    }

    [Fact]
    public void A_region_longer_than_a_window_is_cut_into_window_sized_parts()
    {
        var windows = _packer.Pack([new(10.0, 85.0)]);

        Assert.Equal([(10.0, 40.0), (40.0, 70.0), (70.0, 85.0)], windows.Select(w => (w.CallRange.Start, w.CallRange.End)));
    }

    [Fact]
    public void Extracted_samples_hold_the_pieces_with_silence_between()
    {
        var channel = Enumerable.Range(0, 100).Select(i => (float)i).ToArray();
        var window = new SpeechWindow([new(0, 1.0, 2.0), new(3.0, 6.0, 1.0)], 1.0);

        var samples = window.ExtractSamples(channel, sampleRate: 10);

        Assert.Equal([10f, 11f, 12f, 13f, 14f, 15f, 16f, 17f, 18f, 19f, 20f, 21f, 22f, 23f, 24f, 25f, 26f, 27f, 28f, 29f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 60f, 61f, 62f, 63f, 64f, 65f, 66f, 67f, 68f, 69f], samples);
    }

    private static TimeRange Rounded(TimeRange range) => new(Math.Round(range.Start, 9), Math.Round(range.End, 9));
}
