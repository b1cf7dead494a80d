using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Timeline;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// The events read from the words: EAR markers (attention also from a question that restates the customer's words),
/// closing check and further support (closing window only),
/// review invitation, deadlines, red lines (agent), and frustration (customer). Agent phrases and time frames heard
/// only in part go to <c>partialPhrases</c>, with the kind they would have had.
/// </summary>
internal static class PhraseEventDetector
{
    private static readonly (string Intent, QaEventKind Kind, bool ClosingOnly)[] AgentIntents =
    [
        (PhraseIntents.Empathy, QaEventKind.Empathy, false),
        (PhraseIntents.Attention, QaEventKind.Attention, false),
        (PhraseIntents.Respect, QaEventKind.Respect, false),
        (PhraseIntents.ReviewInvitation, QaEventKind.ReviewInvitation, false),
        (PhraseIntents.ClosingCheck, QaEventKind.ClosingCheck, true),
        (PhraseIntents.FurtherSupport, QaEventKind.FurtherSupport, true),
    ];

    public static void Detect(CallContext call, List<QaEvent> events, List<QaEvent> partialPhrases)
    {
        var restatement = new Restatement(call);
        foreach (var turn in call.Of(Speaker.Agent))
        {
            foreach (var (intent, kind, _) in AgentIntents.Where(i => !i.ClosingOnly || turn.Turn.Start >= call.ClosingWindowStart))
            {
                if (turn.Find(intent) is { } match)
                {
                    events.Add(Event(kind, turn, match.FirstToken, match.LastToken));
                }
                else if (kind == QaEventKind.Attention && restatement.Find(turn) is var (restatedFirst, restatedLast, restatedInPart))
                {
                    (restatedInPart ? partialPhrases : events).Add(Event(kind, turn, restatedFirst, restatedLast));
                }
                else if (turn.FindPartial(intent) is { } part)
                {
                    partialPhrases.Add(Event(kind, turn, part.FirstToken, part.LastToken));
                }
            }

            foreach (var kind in PhraseIntents.RedLineKindsChecked)
            {
                if (turn.Find(PhraseIntents.RedLine(kind)) is { } match)
                {
                    events.Add(Event(QaEventKind.RedLine, turn, match.FirstToken, match.LastToken) with { Detail = kind });
                }
            }

            if (call.Pack.Deadlines.Find(turn.Tokens) is var (duration, first, last))
            {
                events.Add(Event(QaEventKind.Deadline, turn, first, last) with { Detail = duration });
            }
            else if (call.Pack.Deadlines.FindPartial(turn.Tokens) is var (partFirst, partLast))
            {
                partialPhrases.Add(Event(QaEventKind.Deadline, turn, partFirst, partLast));
            }
        }

        foreach (var turn in call.Of(Speaker.Customer).Where(call.IsFrustrated))
        {
            events.Add(new QaEvent(QaEventKind.CustomerFrustration, new TimeRange(turn.Turn.Start, turn.Turn.End), Speaker.Customer, Quote: CallContext.Quote(turn.Turn)));
        }
    }

    private static QaEvent Event(QaEventKind kind, AnalysedTurn turn, int first, int last) =>
        new(kind, turn.RangeOf(first, last), turn.Turn.Speaker, Quote: CallContext.Quote(turn.Turn));
}
