using AutoQa.Analysis.Triage;

namespace AutoQa.Analysis.Rubrics;

/// <summary>A team's rubric: sections and items, the detector thresholds and the triage rules that go with them.</summary>
/// <param name="Name">The rubric's name, written into every scorecard.</param>
/// <param name="Sections">The sections in order.</param>
/// <param name="Analysis">Detector thresholds (the file's <c>analysis</c> block over the defaults).</param>
/// <param name="Triage">Review rules (the file's <c>triage</c> block over the defaults).</param>
public sealed record RubricDefinition(string Name, IReadOnlyList<RubricSection> Sections, AnalysisOptions Analysis, TriageOptions Triage)
{
    /// <summary>Every item of every section.</summary>
    public IEnumerable<RubricItem> Items => Sections.SelectMany(s => s.Items);
}
