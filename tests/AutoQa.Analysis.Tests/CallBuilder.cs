using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests;

/// <summary>Builds transcripts utterance by utterance; words are spread evenly over each utterance.</summary>
internal sealed class CallBuilder(double duration, string language)
{
    private const double SecondsPerWord = 0.35;
    private const float ClearlyHeard = 0.95f;
    private readonly List<TranscriptSegment> segments = [];
    private DateTimeOffset? startTime;

    public CallBuilder Agent(double start, string text, double? end = null, float heard = ClearlyHeard) => Say(Speaker.Agent, start, text, end, heard);

    public CallBuilder Customer(double start, string text, double? end = null, float heard = ClearlyHeard) => Say(Speaker.Customer, start, text, end, heard);

    /// <summary>One segment holding stretches of speech apart in time, as a recogniser that does not cut at pauses writes it.</summary>
    public CallBuilder OneSegment(Speaker speaker, params (double Start, string Text)[] stretches)
    {
        var words = stretches.SelectMany(s => s.Text.Split(' ').Select((t, i) => new TranscriptWord(s.Start + (i * SecondsPerWord), s.Start + ((i + 1) * SecondsPerWord), t, ClearlyHeard))).ToList();
        segments.Add(new TranscriptSegment(0, speaker, words[0].Start, words[^1].End, string.Join(' ', stretches.Select(s => s.Text)), words));
        return this;
    }

    public CallBuilder StartingAt(DateTimeOffset time)
    {
        startTime = time;
        return this;
    }

    /// <summary>Stereo, one party per channel; or mono, one channel with speaker labels, or without them when <paramref name="unlabelled"/>.</summary>
    public CallTranscript Build(bool mono = false, bool unlabelled = false)
    {
        var channels = mono
            ? [new ChannelTranscript(0, Speaker.Unknown, language, [.. segments.OrderBy(s => s.Start).Select(s => s with { Channel = 0, Speaker = unlabelled ? Speaker.Unknown : s.Speaker })])]
            : new[] { Speaker.Agent, Speaker.Customer }.Select((speaker, channel) => new ChannelTranscript(
                channel, Speaker.Unknown, language, [.. segments.Where(s => s.Speaker == speaker).OrderBy(s => s.Start).Select(s => s with { Channel = channel, Speaker = Speaker.Unknown })])).ToList();
        return new CallTranscript("call-1", duration, new TranscriptEngine("test", "builder"), channels);
    }

    public CallMetadata Metadata => new("call-1", Language: language, AgentChannel: 0, StartTime: startTime);

    // Every word carries the recogniser's probability, heard.
    private CallBuilder Say(Speaker speaker, double start, string text, double? end, float heard)
    {
        var texts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stop = end ?? start + (texts.Length * SecondsPerWord);
        var step = (stop - start) / texts.Length;
        var words = texts.Select((t, i) => new TranscriptWord(start + (i * step), start + ((i + 1) * step), t, heard)).ToList();
        segments.Add(new TranscriptSegment(0, speaker, start, stop, text, words));
        return this;
    }
}
