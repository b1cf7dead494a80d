namespace AutoQa.Analysis.Resolution;

/// <summary>The call's resolution and the words it rests on.</summary>
/// <param name="Status">Resolved, unresolved, or unclear when recognition lost every kind of signal.</param>
/// <param name="Evidence">The customer's confirmation or acceptance of waiting, or the agent's solution or hand-over; null when unclear.</param>
/// <param name="FromAgent">True when only the agent's words tell it: the customer's answer was not heard.</param>
public sealed record CallResolution(ResolutionStatus Status, Evidence? Evidence, bool FromAgent = false)
{
    /// <summary>Nothing heard either way.</summary>
    public static CallResolution Unclear { get; } = new(ResolutionStatus.Unclear, null);
}
