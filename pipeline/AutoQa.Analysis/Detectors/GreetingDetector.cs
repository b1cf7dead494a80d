using AutoQa.Analysis.Phrases;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// The standard opening, in the agent's speech that starts within the greeting window after the agent's first
/// words. A standard greeting says several things at once: brand or team name or "thank you for calling", the
/// agent's name, an offer to help. Recognition loses words, so hearing any one of them is enough; the evidence
/// spans every part heard. A late greeting is no greeting.
/// </summary>
internal static class GreetingDetector
{
    private static readonly string[] Parts = [PhraseIntents.GreetingOpening, PhraseIntents.GreetingIntroduction, PhraseIntents.GreetingOffer];

    public static void Detect(CallContext call, List<QaEvent> events)
    {
        var agent = call.Of(Speaker.Agent).ToList();
        if (agent.Count == 0)
        {
            return;
        }

        var windowEnd = agent[0].Turn.Start + call.Options.GreetingWindowSeconds;
        var heard = agent
            .TakeWhile(t => t.Turn.Start <= windowEnd)
            .SelectMany(turn => Parts.Select(turn.Find).OfType<Text.PhraseMatch>().Select(match => (Turn: turn, Range: turn.RangeOf(match.FirstToken, match.LastToken))))
            .ToList();
        if (heard.Count == 0)
        {
            return;
        }

        var quote = string.Join(" ", heard.Select(h => h.Turn).Distinct().Select(t => CallContext.Quote(t.Turn)));
        events.Add(new QaEvent(
            QaEventKind.Greeting,
            new TimeRange(heard.Min(h => h.Range.Start), heard.Max(h => h.Range.End)),
            Speaker.Agent,
            Quote: quote));
    }
}
