namespace AutoQa.Analysis.Resolution;

/// <summary>Whether the customer's problem was solved on the call, as far as the words tell.</summary>
public enum ResolutionStatus
{
    /// <summary>Neither side said whether the problem is solved, as far as recognition heard: a person decides.</summary>
    Unclear,

    /// <summary>The customer confirmed the problem is solved ("great, that solves it"), or, that lost, the agent reported a solution.</summary>
    Resolved,

    /// <summary>The customer accepted to wait for an answer or said it is still not solved ("I'll wait to hear from you"), or, that lost, the agent handed the case on.</summary>
    Unresolved,
}
