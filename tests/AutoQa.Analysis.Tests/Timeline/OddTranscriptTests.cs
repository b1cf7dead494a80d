using System.Text.RegularExpressions;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Timeline;

/// <summary>
/// Transcripts as any engine may write them: words out of order or outside their segment, of no length, empty,
/// bare punctuation, sounds, brackets left open, mixed scripts, a diariser's voices on some segments. Analysing and
/// scoring one never throws, since a call that cannot be analysed is a result lost.
/// </summary>
public sealed class OddTranscriptTests
{
    private static readonly string[] Vocabulary =
    [
        "thank", "you", "for", "calling", "Lumio,", "how", "can", "I", "help?", "within", "48", "hours.", "by", "Friday",
        "4111", "1111", "four", "one", "null", "card", "CVV", "refund", "not", "genuine", "sorry", "hold", "on", "[Music]", "(laughs",
        "♪", "…", "¿", "¡", "d'", "-", "'", "", " ", ".", "?!", "p.m.", "5:30", "17.30", "Thanks", "for", "watching!", "😀", "日本語",
        "Straße", "ça", "señor", "l'heure", "mm-hmm", "uh", "72h", "3-5", "24/7", "$20", "%", "#", "ıi", "İ",
        "innerhalb", "von", "Stunden", "bis", "Uhr", "sous", "dans", "jours", "ouvrés", "d'ici", "demain", "dentro", "de",
        "horas", "mañana", "lunes", "Montag", "lundi", "business", "days", "day", "or", "two", "a", "couple", "of", "half",
        "an", "hour", "noon", "midnight", "o'clock", "December", "5th", "12/05", "2026", "the", "end", "month", "next",
        "week", "999999999999", "0", "-1", "1e9", "½", "twenty", "forty-eight", "y", "et", "und", "am", "at", "3", "tomorrow",
        "morgen", "Tagen", "heures", "días", "en", "zwei", "deux", "dos", "48h", "semaine", "Woche", "semana", "à", "hasta", "el", "le", "la",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
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

    // Sentences of time words in any order, said by the agent on calls starting at any moment (a leap day, a year's
    // end, a time zone far from UTC, or unknown): each is read as a promise with a due duration, or as none; only on a
    // call of unknown start may a promise have no duration ("by Monday").
    [Theory]
    [InlineData("en", 1)]
    [InlineData("de", 2)]
    [InlineData("fr", 3)]
    [InlineData("es", 4)]
    public void Odd_time_words_are_read_as_a_duration_or_as_none(string language, int seed)
    {
        var random = new Random(seed);
        DateTimeOffset?[] starts =
        [
            null, new DateTimeOffset(2028, 2, 29, 23, 59, 0, TimeSpan.FromHours(-11)), new DateTimeOffset(2026, 12, 31, 18, 30, 0, TimeSpan.FromHours(14)),
            new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.Zero),
        ];
        var read = 0;
        for (var call = 0; call < 300; call++)
        {
            var sentence = string.Join(' ', random.GetItems(Vocabulary, random.Next(2, 9)));
            var builder = Some.Call(60, language).Agent(5, sentence);
            var start = random.GetItems(starts, 1)[0];

            var analysis = (start is { } at ? builder.StartingAt(at) : builder).Analyze();

            var deadlines = analysis.Events.Where(e => e.Kind == Events.QaEventKind.Deadline).ToList();
            Assert.All(deadlines, e => Assert.True(
                e.Detail is null ? start is null : Regex.IsMatch(e.Detail, @"^P(?=\d|T\d)(\d+D)?(T(\d+H)?(\d+M)?)?$"),
                $"'{e.Quote}' said at {start} reads as {e.Detail ?? "no duration"}")); // a weekday of an unknown date has none
            read += deadlines.Count;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{read} deadlines read in 300 sentences");
        Assert.NotEqual(0, read); // the words make promises now and then
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
        return new TranscriptSegment(channel, Pick(random), start, end, string.Join(' ', words.Select(w => w.Text)), words, random.GetItems<string?>([null, "SPEAKER_00", "SPEAKER_01", "SPEAKER_02"], 1)[0]);
    }

    private static Speaker Pick(Random random) => random.GetItems([Speaker.Unknown, Speaker.Agent, Speaker.Customer], 1)[0];
}
