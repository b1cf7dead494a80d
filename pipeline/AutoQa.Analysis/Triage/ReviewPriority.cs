namespace AutoQa.Analysis.Triage;

/// <summary>How soon a person should look at a call.</summary>
public enum ReviewPriority
{
    /// <summary>Not flagged.</summary>
    None,

    /// <summary>Worth a look (low confidence, control sample).</summary>
    Low,

    /// <summary>Look today (audio problems, a long complaint not handled well).</summary>
    Medium,

    /// <summary>Look first among non-critical calls (low score, customer ended negative).</summary>
    High,

    /// <summary>A critical item failed.</summary>
    Critical,
}
