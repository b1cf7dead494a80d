using AutoQa.Analysis.Triage;

namespace AutoQa.Analysis.Evaluation;

/// <summary>What triage sent to a person over a night: the reviewers' workload the analysis asks for.</summary>
public sealed class ReviewLoad
{
    private readonly SortedDictionary<string, int> reasons = new(StringComparer.Ordinal);

    /// <summary>Analyses triaged.</summary>
    public int Analysed { get; private set; }

    /// <summary>Analyses flagged for review, the control sample included.</summary>
    public int Flagged { get; private set; }

    /// <summary>For each reason code, how many analyses it flagged (an analysis may have several reasons).</summary>
    public IReadOnlyDictionary<string, int> Reasons => reasons;

    /// <summary>Counts one call's decision.</summary>
    public void Count(TriageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Analysed++;
        Flagged += decision.NeedsReview ? 1 : 0;
        foreach (var code in decision.Reasons.Select(r => r.Code).Distinct(StringComparer.Ordinal))
        {
            reasons[code] = reasons.GetValueOrDefault(code) + 1;
        }
    }
}
