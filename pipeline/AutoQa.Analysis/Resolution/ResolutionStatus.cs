namespace AutoQa.Analysis.Resolution;

/// <summary>Whether the customer's problem was solved on the call, as far as the words tell.</summary>
public enum ResolutionStatus
{
    /// <summary>Neither a confirmation nor an acceptance of waiting was heard: a person decides.</summary>
    Unclear,

    /// <summary>The customer confirmed the problem is solved ("great, that solves it").</summary>
    Resolved,

    /// <summary>The customer accepted to wait for an answer or said it is still not solved ("I'll wait to hear from you").</summary>
    Unresolved,
}
