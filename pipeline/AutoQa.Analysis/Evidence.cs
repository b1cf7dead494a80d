using AutoQa.Events;

namespace AutoQa.Analysis;

/// <summary>What supports a judgement: a moment of the call and, where words support it, what was said.</summary>
/// <param name="Range">Where in the call.</param>
/// <param name="Quote">The words, card numbers masked; null for timing or acoustic evidence.</param>
/// <param name="Note">What the moment shows, when the quote alone does not say it.</param>
public sealed record Evidence(TimeRange Range, string? Quote, string? Note = null)
{
    /// <summary>The evidence an event gives.</summary>
    public static Evidence Of(QaEvent qaEvent, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(qaEvent);
        return new Evidence(qaEvent.Range, qaEvent.Quote, note);
    }
}
