using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Resolution;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// Reads the call's resolution from the customer near the end: a confirmation that the problem is solved makes
/// it resolved, accepting to wait or saying it still is not solved makes it unresolved, the later of the two
/// winning. When recognition lost both, the call is unclear rather than guessed either way: sentiment cannot
/// tell a satisfied customer from a polite goodbye ("Thanks, bye bye" scores 0.81 positive).
/// </summary>
internal static class ResolutionDetector
{
    private static readonly (string Intent, ResolutionStatus Status, string Note)[] Signals =
    [
        (PhraseIntents.ResolutionConfirmed, ResolutionStatus.Resolved, "the customer confirms the problem is solved"),
        (PhraseIntents.ResolutionPending, ResolutionStatus.Unresolved, "the customer waits for an answer: the problem is not solved on the call"),
    ];

    public static CallResolution Detect(CallContext call)
    {
        var found = CallResolution.Unclear;
        foreach (var turn in call.Of(Speaker.Customer).Where(t => t.Turn.End >= call.ClosingWindowStart))
        {
            foreach (var (intent, status, note) in Signals)
            {
                if (turn.Find(intent) is { } match)
                {
                    found = new CallResolution(status, new Evidence(turn.RangeOf(match.FirstToken, match.LastToken), CallContext.Quote(turn.Turn), note));
                }
            }
        }

        return found;
    }
}
