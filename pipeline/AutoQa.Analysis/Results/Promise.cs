using AutoQa.Analysis.Phrases;
using AutoQa.Events;

namespace AutoQa.Analysis.Results;

/// <summary>
/// A time frame the agent promised, for the follow-up list: so that promises are kept before they lapse.
/// </summary>
/// <param name="AtSeconds">When in the call it was said.</param>
/// <param name="Duration">The promised time frame as an ISO 8601 duration from the call's start, or null when it
/// depends on a calendar the call's metadata does not give, or was heard only in part.</param>
/// <param name="Due">When it falls due: a date ("2026-12-04") for a promise in whole days, else a time
/// ("2026-12-02T17:00+01:00"); null without the call's start time or a duration.</param>
/// <param name="Quote">What the agent said.</param>
/// <param name="HeardInPart">True when recognition lost part of it ("by [tomorrow]"): someone must listen.</param>
public sealed record Promise(double AtSeconds, string? Duration, string? Due, string? Quote, bool HeardInPart)
{
    /// <summary>Every promise of a call, the ones heard in part included, in time order.</summary>
    public static IReadOnlyList<Promise> AllIn(CallAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return [.. analysis.Events.Where(e => e.Kind == QaEventKind.Deadline).Select(e => Of(e, analysis.StartTime, heardInPart: false))
            .Concat(analysis.PartialPhrases.Where(e => e.Kind == QaEventKind.Deadline).Select(e => Of(e, analysis.StartTime, heardInPart: true)))
            .OrderBy(p => p.AtSeconds)];
    }

    private static Promise Of(QaEvent deadline, DateTimeOffset? callStart, bool heardInPart) => new(
        Math.Round(deadline.Range.Start, 2),
        deadline.Detail,
        deadline.Detail is { } duration && callStart is { } start ? DueDates.Sortable(start, duration) : null,
        deadline.Quote,
        heardInPart);
}
