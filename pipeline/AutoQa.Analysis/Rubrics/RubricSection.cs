namespace AutoQa.Analysis.Rubrics;

/// <summary>A section of the rubric: its weight in the total score and its items.</summary>
/// <param name="Id">Identity, unique in the rubric.</param>
/// <param name="Title">The section's name as a QA lead reads it.</param>
/// <param name="Weight">Its share of the score; 0 for a section of critical checks only.</param>
/// <param name="Items">The section's items.</param>
public sealed record RubricSection(string Id, string Title, double Weight, IReadOnlyList<RubricItem> Items);
