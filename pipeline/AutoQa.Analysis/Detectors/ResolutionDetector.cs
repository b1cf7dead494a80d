using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Resolution;
using AutoQa.Analysis.Timeline;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// Reads the call's resolution from the customer near the end: a confirmation that the problem is solved makes
/// it resolved, accepting to wait or saying it still is not solved makes it unresolved, the later of the two
/// winning. When recognition lost both, the agent's side tells it instead, marked as such: a solution reported
/// ("I've issued a replacement") or the case handed on ("I'm escalating your case"), again the later winning.
/// When nothing is heard either way the call is unclear rather than guessed: sentiment cannot tell a satisfied
/// customer from a polite goodbye ("Thanks, bye bye" scores 0.81 positive).
/// </summary>
internal static class ResolutionDetector
{
    private static readonly (string Intent, ResolutionStatus Status, string Note)[] CustomerSignals =
    [
        (PhraseIntents.ResolutionConfirmed, ResolutionStatus.Resolved, "the customer confirms the problem is solved"),
        (PhraseIntents.ResolutionPending, ResolutionStatus.Unresolved, "the customer waits for an answer: the problem is not solved on the call"),
    ];

    private static readonly (string Intent, ResolutionStatus Status, string Note)[] AgentSignals =
    [
        (PhraseIntents.SolutionGiven, ResolutionStatus.Resolved, "the agent reports a solution; the customer's answer was not heard"),
        (PhraseIntents.Escalation, ResolutionStatus.Unresolved, "the agent hands the case on; the customer's answer was not heard"),
    ];

    public static CallResolution Detect(CallContext call)
    {
        var customer = Last(call.Of(Speaker.Customer).Where(t => t.Turn.End >= call.ClosingWindowStart), CustomerSignals, fromAgent: false);
        return customer.Status != ResolutionStatus.Unclear ? customer : Last(call.Of(Speaker.Agent), AgentSignals, fromAgent: true);
    }

    private static CallResolution Last(IEnumerable<AnalysedTurn> turns, (string Intent, ResolutionStatus Status, string Note)[] signals, bool fromAgent)
    {
        var found = CallResolution.Unclear;
        foreach (var turn in turns)
        {
            foreach (var (intent, status, note) in signals)
            {
                if (turn.Find(intent) is { } match)
                {
                    found = new CallResolution(status, new Evidence(turn.RangeOf(match.FirstToken, match.LastToken), CallContext.Quote(turn.Turn), note), fromAgent);
                }
            }
        }

        return found;
    }
}
