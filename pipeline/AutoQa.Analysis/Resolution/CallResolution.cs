namespace AutoQa.Analysis.Resolution;

/// <summary>The call's resolution and the customer's words it rests on.</summary>
/// <param name="Status">Resolved, unresolved, or unclear when recognition lost both kinds of signal.</param>
/// <param name="Evidence">The customer's confirmation or acceptance of waiting; null when unclear.</param>
public sealed record CallResolution(ResolutionStatus Status, Evidence? Evidence)
{
    /// <summary>Nothing heard either way.</summary>
    public static CallResolution Unclear { get; } = new(ResolutionStatus.Unclear, null);
}
