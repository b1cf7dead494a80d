using AutoQa.Transcripts;
using AutoQa.Truth;

namespace AutoQa.Synth.Truth;

/// <summary>
/// Writes the truth as a transcript in the recognisers' shape (engine "ground-truth"), so analysis can be tested
/// without speech recognition. Word times spread each utterance over its words in proportion to their length.
/// </summary>
public static class GroundTruthTranscript
{
    /// <summary>The engine name written into ground-truth transcripts.</summary>
    public const string EngineName = "ground-truth";

    /// <summary>The transcript of <paramref name="truth"/>; a mono recording gets one channel with speaker-labelled segments.</summary>
    public static CallTranscript From(CallTruth truth, bool mono)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var engine = new TranscriptEngine(EngineName, truth.Scenario, "Utterances exactly as the synthetic corpus placed them.");
        var channels = mono
            ? [new ChannelTranscript(0, Speaker.Unknown, truth.Language, truth.Utterances.Select(Segment).ToList())]
            : new[] { 0, 1 }.Select(channel => new ChannelTranscript(
                channel,
                channel == truth.AgentChannel ? Speaker.Agent : Speaker.Customer,
                truth.Language,
                truth.Utterances.Where(u => u.Channel == channel).Select(Segment).ToList())).ToList();
        return new CallTranscript(truth.CallId, truth.DurationSeconds, engine, channels);
    }

    private static TranscriptSegment Segment(TruthUtterance utterance)
    {
        var words = utterance.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var total = words.Sum(w => w.Length);
        var perCharacter = (utterance.End - utterance.Start) / Math.Max(1, total);
        var start = utterance.Start;
        var timed = new List<TranscriptWord>(words.Length);
        foreach (var word in words)
        {
            var end = Math.Min(utterance.End, start + (word.Length * perCharacter));
            timed.Add(new TranscriptWord(Math.Round(start, 6), Math.Round(end, 6), word, 1f));
            start = end;
        }

        return new TranscriptSegment(utterance.Channel, utterance.Speaker, utterance.Start, utterance.End, utterance.Text, timed);
    }
}
