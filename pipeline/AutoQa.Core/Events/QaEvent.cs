using AutoQa.Transcripts;

namespace AutoQa.Events;

/// <summary>Something a QA lead looks for, found at a time in the call.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Range">Where in the call.</param>
/// <param name="Speaker">Who caused it (the interrupter, the agent who greeted, the channel with the defect).</param>
/// <param name="Detail">A kind-specific value: the red-line or defect kind, a normalised deadline, or null.</param>
/// <param name="Quote">The words that support it, or null for purely acoustic or timing events.</param>
public sealed record QaEvent(
    QaEventKind Kind,
    TimeRange Range,
    Speaker Speaker,
    string? Detail = null,
    string? Quote = null);
