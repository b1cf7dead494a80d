namespace AutoQa.Batch.Output;

/// <summary>A call put in front of a person, with why.</summary>
/// <param name="CallId">The call.</param>
/// <param name="AgentId">Its agent, or null.</param>
/// <param name="Score">Its normalised score, or null.</param>
/// <param name="Reasons">Why it was flagged.</param>
/// <param name="Output">Its JSON, relative to the output folder.</param>
public sealed record FlaggedCall(string CallId, string? AgentId, double? Score, IReadOnlyList<string> Reasons, string Output);
