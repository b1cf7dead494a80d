using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Timeline;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// A hold: a silence of at least the hold threshold between two stretches of speech that the agent asked for
/// ("could you hold for a moment?", in the agent's last turn before it) or thanked the customer for after it ("thank
/// you for waiting", a respect phrase in the agent's first turn after it), so a request lost to recognition or never
/// said still leaves the hold. The customer may answer in between ("sure"), speak first after it, and call into it
/// ("hello? are you still there?", however long they go on): a hold lasts until the agent is back, so silences the
/// agent does not break are one hold. On a mono call without speaker labels the request and the thanks tell who asked,
/// and any speech ends the hold.
/// </summary>
internal static class HoldDetector
{
    // The silence starts at most this long after the request ends, and the thanks at most this long after the silence.
    private const double ReachSeconds = 10;

    public static void Detect(CallContext call, List<QaEvent> events)
    {
        var silences = call.Silences(call.Options.HoldMinSeconds).Where(s => s.Start > 0 && s.End < call.Duration).ToList();
        for (var i = 0; i < silences.Count; i++)
        {
            var silence = silences[i];
            while (i + 1 < silences.Count && AgentSilentBetween(call, silence.End, silences[i + 1].Start))
            {
                silence = silence with { End = silences[++i].End };
            }

            var request = call.Turns.LastOrDefault(t => IsAgentSpeech(t) && t.Turn.End <= silence.Start);
            var thanks = call.Turns.FirstOrDefault(t => IsAgentSpeech(t) && t.Turn.Start >= silence.End);
            var asked = request is not null && silence.Start - request.Turn.End <= ReachSeconds && AsksToHold(call, request);
            var thanked = thanks is not null && thanks.Turn.Start - silence.End <= ReachSeconds && thanks.Find(PhraseIntents.Respect) is not null;
            if (asked || thanked)
            {
                var quote = asked && thanked ? $"{CallContext.Quote(request!.Turn)} | {CallContext.Quote(thanks!.Turn)}" : CallContext.Quote((asked ? request! : thanks!).Turn);
                events.Add(new QaEvent(QaEventKind.Hold, silence, Speaker.Agent, Quote: quote));
            }
        }
    }

    private static bool AgentSilentBetween(CallContext call, double from, double to) =>
        !call.Turns.Any(t => IsAgentSpeech(t) && t.Turn.Start >= from && t.Turn.Start < to);

    private static bool AsksToHold(CallContext call, AnalysedTurn turn) =>
        call.Pack.MatchOnDemand(turn).Exists(m => m.Intent == PhraseIntents.HoldRequest && !m.Negated && !m.Partial);

    // Speech of nobody known may be the agent's: such turns are there only on a mono call without speaker labels.
    private static bool IsAgentSpeech(AnalysedTurn turn) => turn.Turn.Speaker is Speaker.Agent or Speaker.Unknown && !turn.Turn.Backchannel;
}
