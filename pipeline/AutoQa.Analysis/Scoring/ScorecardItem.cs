using AutoQa.Rubric;

namespace AutoQa.Analysis.Scoring;

/// <summary>One rubric item of a call's scorecard: AutoQa's suggestion, kept apart from a person's later answer.</summary>
/// <param name="Id">The rubric item's id.</param>
/// <param name="Section">The section's id.</param>
/// <param name="Title">The item's question.</param>
/// <param name="SuggestedAnswer">AutoQa's answer.</param>
/// <param name="PointsAwarded">Points the suggested answer earns.</param>
/// <param name="PointsPossible">Points at stake (0 for N/A and for items left to a person).</param>
/// <param name="Confidence">How sure AutoQa is of the suggestion, in [0, 1] (0 for items left to a person).</param>
/// <param name="Evidence">The moments that support the suggestion; for items left to a person, hints.</param>
/// <param name="Critical">A No fails the call.</param>
/// <param name="Manual">The rubric leaves the item to a person: no detector answers it (answer accuracy).</param>
public sealed record ScorecardItem(
    string Id,
    string Section,
    string Title,
    RubricAnswer SuggestedAnswer,
    double PointsAwarded,
    double PointsPossible,
    double Confidence,
    IReadOnlyList<Evidence> Evidence,
    bool Critical,
    bool Manual)
{
    /// <summary>True when this critical item failed and so zeroed the call's score.</summary>
    public bool AutoFail => Critical && SuggestedAnswer == RubricAnswer.No;

    /// <summary>True when a detector answers this item but could not decide, so a person must.</summary>
    public bool Undecided => !Manual && SuggestedAnswer == RubricAnswer.NeedsHuman;

    /// <summary>The reviewer's answer, or null until a person answers; never written by AutoQa's analysis.</summary>
    public RubricAnswer? HumanAnswer { get; init; }
}
