using AutoQa.Transcription.Evaluation;
using AutoQa.Transcripts;

namespace AutoQa.Transcription.Tests.Evaluation;

public sealed class ConfidenceBandsTests
{
    private static readonly TranscriptEngine Engine = new("test", "bands");

    [Fact]
    public void Each_utterance_falls_in_the_band_of_the_mean_probability_of_the_words_heard_in_it()
    {
        var reference = Transcript(
            Segment(0, 0, 2, "does that resolve your issue", 1f),
            Segment(1, 3, 5, "yes it does thank you", 1f),
            Segment(0, 6, 8, "have a nice day", 1f));
        var heard = Transcript(
            Segment(0, 0, 2, "not that it mildly few", 0.3f), // four of five words wrong
            Segment(1, 3, 5, "yes it does thank you", 0.9f),
            Segment(0, 20, 22, "goodbye", 0.9f)); // nothing heard during "have a nice day"
        var bands = new ConfidenceBands(0.5, 1);

        bands.Add(reference, heard);

        Assert.Equal((1, 5, 0.8), (bands.Bands[0].Utterances, bands.Bands[0].ReferenceWords, bands.Bands[0].Rate));
        Assert.Equal((1, 5, 0.0), (bands.Bands[1].Utterances, bands.Bands[1].ReferenceWords, bands.Bands[1].Rate));
    }

    [Fact]
    public void A_word_heard_with_certainty_falls_in_the_top_band()
    {
        var bands = new ConfidenceBands(0.5, 1);

        bands.Add(Transcript(Segment(0, 0, 1, "hello", 1f)), Transcript(Segment(0, 0, 1, "hello", 1f)));

        Assert.Equal(1, bands.Bands[1].Utterances);
    }

    [Theory]
    [InlineData(new double[] { })]
    [InlineData(new double[] { 0.5, 0.8 })]
    [InlineData(new double[] { 0.5, 0.4, 1 })]
    public void Bounds_must_ascend_to_one(double[] bounds) =>
        Assert.Throws<ArgumentException>(() => new ConfidenceBands(bounds));

    private static CallTranscript Transcript(params TranscriptSegment[] segments) =>
        new("call-1", 30, Engine, [.. segments.GroupBy(s => s.Channel).Select(g => new ChannelTranscript(g.Key, Speaker.Unknown, "en", [.. g]))]);

    private static TranscriptSegment Segment(int channel, double start, double end, string text, float probability)
    {
        var words = text.Split(' ');
        var step = (end - start) / words.Length;
        return new TranscriptSegment(channel, Speaker.Unknown, start, end, text,
            [.. words.Select((w, i) => new TranscriptWord(start + (i * step), start + ((i + 1) * step), w, probability))]);
    }
}
