namespace AutoQa.Analysis.Triage;

/// <summary>Why a call was flagged.</summary>
/// <param name="Code">A stable code: "critical-item", "low-score", "low-confidence", "critical-undecided", "undecided", "customer-ended-negative", "unhandled-complaint", "audio-problem", "speakers-unknown", "no-phrase-pack", "control-sample".</param>
/// <param name="Priority">The priority this reason alone gives.</param>
/// <param name="Message">A sentence for the reviewer.</param>
/// <param name="Evidence">The moments behind it.</param>
public sealed record TriageReason(string Code, ReviewPriority Priority, string Message, IReadOnlyList<Evidence> Evidence);
