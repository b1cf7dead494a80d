namespace AutoQa.Rubric;

/// <summary>
/// Identifiers of the default rubric's items. The default rubric file binds them to detectors; the synthetic
/// corpus states the expected answer for each, so scoring is measured against the same names.
/// </summary>
public static class DefaultRubricItems
{
    /// <summary>Standard opening in the first seconds of agent speech.</summary>
    public const string Greeting = "process.greeting";

    /// <summary>The agent shows attention: restates or confirms the customer's need.</summary>
    public const string NeedCaptured = "process.need-captured";

    /// <summary>An unresolved issue gets an explicit time commitment (N/A when resolved on the call).</summary>
    public const string TimelineCommitment = "accuracy.timeline-commitment";

    /// <summary>Precise answers, no guessing: needs a human; AutoQa gives hints.</summary>
    public const string AnswerAccuracy = "accuracy.answer-accuracy";

    /// <summary>Empathy within 30 s of the customer's first frustration (N/A when none was shown).</summary>
    public const string EmpathyWithin30Seconds = "empathy.within-30s";

    /// <summary>A long complaint was heard out without interruption (N/A when there was none).</summary>
    public const string ComplaintHeardOut = "empathy.complaint-heard-out";

    /// <summary>The agent did not interrupt the customer.</summary>
    public const string NoInterruptions = "empathy.no-interruptions";

    /// <summary>The agent confirmed the problem is solved before ending.</summary>
    public const string ClosingCheck = "professional.closing-check";

    /// <summary>The agent pointed to further support channels.</summary>
    public const string FurtherSupport = "professional.further-support";

    /// <summary>Review invited after a resolved issue; inviting after an unresolved one is a No; N/A when unresolved and not invited.</summary>
    public const string ReviewInvitation = "professional.review-invitation";

    /// <summary>No dead air or hold over the threshold.</summary>
    public const string NoDeadAir = "professional.no-dead-air";

    /// <summary>Critical: no refund promised without a return.</summary>
    public const string NoRefundWithoutReturn = "critical.no-refund-without-return";

    /// <summary>Critical: the product is not disparaged ("not genuine").</summary>
    public const string NoDisparagingProduct = "critical.no-disparaging-product";

    /// <summary>Critical: no full card number or CVV asked for.</summary>
    public const string NoCardNumberRequest = "critical.no-card-number-request";

    /// <summary>Critical: no rudeness.</summary>
    public const string NoRudeness = "critical.no-rudeness";
}
