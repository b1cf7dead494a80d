namespace AutoQa.Synth;

/// <summary>The names of the shipped scenarios (Data/scenarios.yaml), for tests that generate calls of a known kind.</summary>
public static class Scenarios
{
    /// <summary>Everything a QA lead wants to hear.</summary>
    public const string GoodCall = "good-call";

    /// <summary>A calm customer with a simple question.</summary>
    public const string GoodCallCalmCustomer = "good-call-calm-customer";

    /// <summary>No brand name or offer to help in the opening.</summary>
    public const string MissingGreeting = "missing-greeting";

    /// <summary>The greeting comes after the greeting window.</summary>
    public const string LateGreeting = "late-greeting";

    /// <summary>The agent talks over the customer mid-call.</summary>
    public const string AgentInterrupts = "agent-interrupts";

    /// <summary>A long complaint heard out with backchannels only.</summary>
    public const string LongComplaintHeardOut = "long-complaint-heard-out";

    /// <summary>A long complaint the agent cuts off.</summary>
    public const string LongComplaintCutOff = "long-complaint-cut-off";

    /// <summary>Empathy after the 30-second window.</summary>
    public const string EmpathyLate = "empathy-late";

    /// <summary>A frustrated customer never soothed.</summary>
    public const string EmpathyAbsent = "empathy-absent";

    /// <summary>A neutral customer: empathy not applicable.</summary>
    public const string NoEmpathyNeeded = "no-empathy-needed";

    /// <summary>The customer's need is never confirmed or restated.</summary>
    public const string NeedNotRestated = "need-not-restated";

    /// <summary>No closing check and no further-support channels.</summary>
    public const string ClosingCheckMissing = "closing-check-missing";

    /// <summary>Resolved but no review invitation.</summary>
    public const string ReviewMissing = "review-missing";

    /// <summary>A review invited although the issue is unresolved.</summary>
    public const string ReviewAfterUnresolved = "review-after-unresolved";

    /// <summary>Unresolved with a promised deadline.</summary>
    public const string DeadlinePromised = "deadline-promised";

    /// <summary>Unresolved without a time commitment.</summary>
    public const string NoDeadline = "no-deadline";

    /// <summary>Red line: a full refund without a return.</summary>
    public const string RedLineRefund = "red-line-refund";

    /// <summary>Red line: the product called not genuine.</summary>
    public const string RedLineNotGenuine = "red-line-not-genuine";

    /// <summary>Red line: the full card number asked for.</summary>
    public const string RedLineCardNumber = "red-line-card-number";

    /// <summary>Red line: rudeness.</summary>
    public const string RedLineRudeness = "red-line-rudeness";

    /// <summary>A hold long enough to be dead air.</summary>
    public const string LongHold = "long-hold";

    /// <summary>A good call in German.</summary>
    public const string GermanCall = "german-call";

    /// <summary>A good call in French.</summary>
    public const string FrenchCall = "french-call";

    /// <summary>A good call in Spanish.</summary>
    public const string SpanishCall = "spanish-call";
}
