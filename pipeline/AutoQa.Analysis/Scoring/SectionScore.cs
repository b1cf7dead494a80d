namespace AutoQa.Analysis.Scoring;

/// <summary>A section's part of the score.</summary>
/// <param name="Id">The section's id.</param>
/// <param name="Title">The section's name.</param>
/// <param name="Weight">The section's weight in the rubric.</param>
/// <param name="PointsAwarded">Points its items earned.</param>
/// <param name="PointsPossible">Points at stake in it (N/A items left out); 0 leaves the section out of the score.</param>
public sealed record SectionScore(string Id, string Title, double Weight, double PointsAwarded, double PointsPossible)
{
    /// <summary>The section's fraction met, in [0, 1], or null when nothing in it applied.</summary>
    public double? Fraction => PointsPossible > 0 ? PointsAwarded / PointsPossible : null;
}
