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
public sealed record Scorecard(string Rubric, IReadOnlyList<ScorecardItem> Items, IReadOnlyList<SectionScore> Sections, double Score, bool AutoFailed)
{
    /// <summary>Points earned over all items.</summary>
    public double PointsAwarded => Items.Sum(i => i.PointsAwarded);

    /// <summary>Points at stake over all items.</summary>
    public double PointsPossible => Items.Sum(i => i.PointsPossible);
}
