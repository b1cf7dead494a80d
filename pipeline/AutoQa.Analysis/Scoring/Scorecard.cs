namespace AutoQa.Analysis.Scoring;

/// <summary>A call's pre-filled scorecard.</summary>
/// <param name="Rubric">The rubric's name.</param>
/// <param name="Items">Every item with its suggested answer and evidence.</param>
/// <param name="Sections">Every section's points.</param>
/// <param name="Score">
/// The normalised score in [0, 100]: each section's fraction met, weighted, over the weights of the sections that
/// applied; 0 when a critical item failed; 100 when nothing applied.
/// </param>
/// <param name="AutoFailed">True when a critical item failed.</param>
/// <param name="DecidedShare">
/// The share of the points a detector answers on the call (N/A items left out) that it decided, Yes or No, in [0, 1];
/// the rest it left to a person. 1 when no such item applied.
/// </param>
/// <param name="Provisional">
/// True when the score rests on too few decided items to measure the agent: <paramref name="DecidedShare"/> is under
/// the rubric's <c>min-decided-share</c> and no critical item failed. A person's answers settle it.
/// </param>
public sealed record Scorecard(
    string Rubric,
    IReadOnlyList<ScorecardItem> Items,
    IReadOnlyList<SectionScore> Sections,
    double Score,
    bool AutoFailed,
    double DecidedShare,
    bool Provisional)
{
    /// <summary>Points earned over all items.</summary>
    public double PointsAwarded => Items.Sum(i => i.PointsAwarded);

    /// <summary>Points at stake over all items.</summary>
    public double PointsPossible => Items.Sum(i => i.PointsPossible);
}
