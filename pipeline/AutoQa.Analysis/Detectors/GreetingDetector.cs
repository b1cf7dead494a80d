using AutoQa.Analysis.Phrases;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// The standard opening: brand/team name or "thank you for calling" plus an offer to help, in the agent's speech
/// that starts within the greeting window after the agent's first words. A late greeting is no greeting.
/// </summary>
internal static class GreetingDetector
{
    public static void Detect(CallContext call, List<QaEvent> events)
    {
        var agent = call.Of(Speaker.Agent).ToList();
        if (agent.Count == 0)
        {
            return;
        }

        var windowEnd = agent[0].Turn.Start + call.Options.GreetingWindowSeconds;
        var opening = agent.TakeWhile(t => t.Turn.Start <= windowEnd).ToList();
        var openings = opening.Select(t => (Turn: t, Match: t.Find(PhraseIntents.GreetingOpening))).Where(p => p.Match is not null).ToList();
        var offers = opening.Select(t => (Turn: t, Match: t.Find(PhraseIntents.GreetingOffer))).Where(p => p.Match is not null).ToList();
        if (openings.Count == 0 || offers.Count == 0)
        {
            return;
        }

        var first = openings[0].Turn.RangeOf(openings[0].Match!.Value.FirstToken, openings[0].Match!.Value.LastToken);
        var last = offers[0].Turn.RangeOf(offers[0].Match!.Value.FirstToken, offers[0].Match!.Value.LastToken);
        var quote = string.Join(" ", opening.Where(t => t == openings[0].Turn || t == offers[0].Turn).Select(t => CallContext.Quote(t.Turn)));
        events.Add(new QaEvent(
            QaEventKind.Greeting,
            new TimeRange(Math.Min(first.Start, last.Start), Math.Max(first.End, last.End)),
            Speaker.Agent,
            Quote: quote));
    }
}
