using AutoQa.Events;
using AutoQa.Rubric;
using AutoQa.Synth.Catalog;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Truth;

/// <summary>The default rubric's expected answers, derived from a call's true events by the table in docs/qa-semantics.md.</summary>
public static class ExpectedAnswers
{
    /// <summary>The expected answer for every <see cref="DefaultRubricItems"/> id.</summary>
    public static IReadOnlyDictionary<string, RubricAnswer> From(IReadOnlyList<QaEvent> events, bool resolved, QaThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(thresholds);
        bool Has(QaEventKind kind) => events.Any(e => e.Kind == kind);
        bool HasRedLine(string kind) => events.Any(e => e.Kind == QaEventKind.RedLine && e.Detail == kind);
        var agentInterruptions = events.Where(e => e.Kind == QaEventKind.Interruption && e.Speaker == Speaker.Agent).ToList();
        var complaints = events.Where(e => e.Kind == QaEventKind.LongComplaint).ToList();
        var invited = Has(QaEventKind.ReviewInvitation);
        return new SortedDictionary<string, RubricAnswer>(StringComparer.Ordinal)
        {
            [DefaultRubricItems.Greeting] = YesNo(Has(QaEventKind.Greeting)),
            [DefaultRubricItems.NeedCaptured] = YesNo(Has(QaEventKind.Attention)),
            [DefaultRubricItems.TimelineCommitment] = resolved ? RubricAnswer.NotApplicable : YesNo(Has(QaEventKind.Deadline)),
            [DefaultRubricItems.AnswerAccuracy] = RubricAnswer.NeedsHuman,
            [DefaultRubricItems.EmpathyWithin30Seconds] = EmpathyInTime(events, thresholds),
            [DefaultRubricItems.ComplaintHeardOut] = complaints.Count == 0 ? RubricAnswer.NotApplicable
                : YesNo(!complaints.Any(c => agentInterruptions.Any(i => c.Range.Overlaps(i.Range)))),
            [DefaultRubricItems.NoInterruptions] = YesNo(agentInterruptions.Count == 0),
            [DefaultRubricItems.ClosingCheck] = YesNo(Has(QaEventKind.ClosingCheck)),
            [DefaultRubricItems.FurtherSupport] = YesNo(Has(QaEventKind.FurtherSupport)),
            [DefaultRubricItems.ReviewInvitation] = resolved ? YesNo(invited) : invited ? RubricAnswer.No : RubricAnswer.NotApplicable,
            [DefaultRubricItems.NoDeadAir] = YesNo(!Has(QaEventKind.DeadAir)),
            [DefaultRubricItems.NoRefundWithoutReturn] = YesNo(!HasRedLine(RedLineKinds.RefundWithoutReturn)),
            [DefaultRubricItems.NoDisparagingProduct] = YesNo(!HasRedLine(RedLineKinds.NotGenuine)),
            [DefaultRubricItems.NoCardNumberRequest] = YesNo(!HasRedLine(RedLineKinds.CardNumber)),
            [DefaultRubricItems.NoRudeness] = YesNo(!HasRedLine(RedLineKinds.Rudeness)),
        };
    }

    private static RubricAnswer EmpathyInTime(IReadOnlyList<QaEvent> events, QaThresholds thresholds)
    {
        var frustration = events.Where(e => e.Kind == QaEventKind.CustomerFrustration).OrderBy(e => e.Range.Start).FirstOrDefault();
        if (frustration is null)
        {
            return RubricAnswer.NotApplicable;
        }

        var clockStart = frustration.Range.End;
        return YesNo(events.Any(e => e.Kind == QaEventKind.Empathy && e.Speaker == Speaker.Agent
            && e.Range.Start >= clockStart && e.Range.Start <= clockStart + thresholds.EmpathyWindowSeconds));
    }

    private static RubricAnswer YesNo(bool yes) => yes ? RubricAnswer.Yes : RubricAnswer.No;
}
