using AutoQa.Events;

namespace AutoQa.Analysis.Timeline;

/// <summary>Timeline measures of a call, in the manner of contact-center call analytics.</summary>
/// <param name="Agent">The agent's measures.</param>
/// <param name="Customer">The customer's measures.</param>
/// <param name="TalkRatio">The agent's share of all talk time, in [0, 1].</param>
/// <param name="NonTalkSeconds">Total of the silences listed in <paramref name="Silences"/>.</param>
/// <param name="Silences">Every silence over the non-talk threshold, from the call's start to its end.</param>
/// <param name="DeadAirSeconds">Total of the silences over the dead-air threshold (holds included).</param>
/// <param name="Holds">How many holds the agent asked for or thanked the customer for.</param>
/// <param name="HoldSeconds">Total of those holds.</param>
public sealed record CallMetrics(
    PartyMetrics Agent,
    PartyMetrics Customer,
    double TalkRatio,
    double NonTalkSeconds,
    IReadOnlyList<TimeRange> Silences,
    double DeadAirSeconds,
    int Holds,
    double HoldSeconds);
