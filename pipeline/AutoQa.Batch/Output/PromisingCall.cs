using AutoQa.Analysis.Results;

namespace AutoQa.Batch.Output;

/// <summary>A call's promises with what the follow-up list says about the call.</summary>
/// <param name="CallId">The call's identity.</param>
/// <param name="AgentId">The agent who promised, or null.</param>
/// <param name="Team">The agent's team, or null.</param>
/// <param name="StartTime">When the call started, or null.</param>
/// <param name="Output">The call's result file, relative to the output folder.</param>
/// <param name="Promises">What the agent promised.</param>
public sealed record PromisingCall(string CallId, string? AgentId, string? Team, DateTimeOffset? StartTime, string Output, IReadOnlyList<Promise> Promises);
