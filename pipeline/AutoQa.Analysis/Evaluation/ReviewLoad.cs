using AutoQa.Analysis.Results;

namespace AutoQa.Analysis.Evaluation;

/// <summary>What triage sent to a person over a night: the reviewers' workload the analysis asks for.</summary>
public sealed class ReviewLoad
{
    private readonly SortedDictionary<string, int> reasons = new(StringComparer.Ordinal);

    /// <summary>Analyses triaged.</summary>
    public int Analysed { get; private set; }

    /// <summary>Analyses flagged for review, the control sample included.</summary>
    public int Flagged { get; private set; }

    /// <summary>Analyses whose score is provisional: most of what a detector answers was left to a person.</summary>
    public int Provisional { get; private set; }

    /// <summary>For each reason code, how many analyses it flagged (an analysis may have several reasons).</summary>
    public IReadOnlyDictionary<string, int> Reasons => reasons;

    /// <summary>Counts one call's triage decision and whether its score is provisional.</summary>
    public void Count(CallQaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Analysed++;
        Flagged += result.Triage.NeedsReview ? 1 : 0;
        Provisional += result.Scorecard.Provisional ? 1 : 0;
        foreach (var code in result.Triage.Reasons.Select(r => r.Code).Distinct(StringComparer.Ordinal))
        {
            reasons[code] = reasons.GetValueOrDefault(code) + 1;
        }
    }
}
