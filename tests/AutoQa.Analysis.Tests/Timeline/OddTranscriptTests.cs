using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Timeline;

/// <summary>
/// Transcripts as any engine may write them: words out of order or outside their segment, of no length, empty,
/// bare punctuation, sounds, brackets left open, mixed scripts. Analysing and scoring one never throws, since a
/// call that cannot be analysed is a result lost.
/// </summary>
public sealed class OddTranscriptTests
{
    private static readonly string[] Vocabulary =
    [
        "thank", "you", "for", "calling", "Lumio,", "how", "can", "I", "help?", "within", "48", "hours.", "by", "Friday",
        "4111", "1111", "four", "one", "null", "card", "CVV", "refund", "not", "genuine", "sorry", "hold", "on", "[Music]", "(laughs",
        "♪", "…", "¿", "¡", "d'", "-", "'", "", " ", ".", "?!", "p.m.", "5:30", "17.30", "Thanks", "for", "watching!", "😀", "日本語",
        "Straße", "ça", "señor", "l'heure", "mm-hmm", "uh", "72h", "3-5", "24/7", "$20", "%", "#", "ıi", "İ",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void An_odd_transcript_is_analysed_and_scored(int seed)
    {
        var random = new Random(seed);
        for (var call = 0; call < 200; call++)
        {
            var transcript = OddTranscript(random, $"odd-{seed}-{call}");
            var metadata = new CallMetadata(transcript.CallId, Language: random.GetItems<string?>(["en", "de", "fr", "es", "it", null, "de-DE"], 1)[0], AgentChannel: random.Next(2));

            var result = Analyzers.Engine.Run(transcript, metadata);

            Assert.Equal(transcript.CallId, result.Analysis.CallId);
            Assert.All(result.Analysis.Turns, t => Assert.True(t.End >= t.Start, $"{transcript.CallId}: turn {t.Index} ends before it starts"));
        }
    }

    private static CallTranscript OddTranscript(Random random, string callId)
    {
        var duration = random.Next(0, 400);
        var channels = random.Next(1, 3);
        return new CallTranscript(callId, duration, new TranscriptEngine("odd", "random"), [.. Enumerable.Range(0, channels).Select(c =>
            new ChannelTranscript(c, Pick(random), random.Next(4) == 0 ? null : "en", [.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => Segment(random, c, duration))]))]);
    }

    private static TranscriptSegment Segment(Random random, int channel, double duration)
    {
        var start = (random.NextDouble() * (duration + 20)) - 10;
        var end = start + (random.NextDouble() * 12) - 1;
        var words = Enumerable.Range(0, random.Next(0, 25)).Select(_ =>
        {
            var at = start + (random.NextDouble() * (end - start + 4)) - 2;
            return new TranscriptWord(at, at + (random.NextDouble() * 1.5) - 0.2, random.GetItems(Vocabulary, 1)[0], (float)random.NextDouble());
        }).ToList();
        return new TranscriptSegment(channel, Pick(random), start, end, string.Join(' ', words.Select(w => w.Text)), words);
    }

    private static Speaker Pick(Random random) => random.GetItems([Speaker.Unknown, Speaker.Agent, Speaker.Customer], 1)[0];
}
