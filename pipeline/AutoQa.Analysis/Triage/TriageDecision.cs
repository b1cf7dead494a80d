namespace AutoQa.Analysis.Triage;

/// <summary>Whether a call goes to a person, how soon, and why.</summary>
/// <param name="NeedsReview">True when flagged or drawn for the control sample.</param>
/// <param name="Priority">The highest priority among the reasons.</param>
/// <param name="Reasons">Every reason, highest priority first.</param>
/// <param name="ControlSample">True when the call was not flagged but drawn at random so the flags themselves get checked.</param>
public sealed record TriageDecision(bool NeedsReview, ReviewPriority Priority, IReadOnlyList<TriageReason> Reasons, bool ControlSample);
