namespace AutoQa.Batch.Output;

/// <summary>Figures for a group of calls: the whole night, one team, or one agent.</summary>
/// <param name="Name">The agent or team, "(unknown)" when the metadata does not say, or "all".</param>
/// <param name="Team">The agent's team (agent rows only), or null.</param>
/// <param name="Calls">Calls done.</param>
/// <param name="Flagged">Calls flagged for review.</param>
/// <param name="Scored">Calls whose score measures the agent (<c>agentScore</c>), the ones averaged.</param>
/// <param name="AverageScore">Mean normalised score of the scored calls, or null when none was scored.</param>
/// <param name="AudioHours">Hours of audio.</param>
/// <param name="Findings">Calls with each finding, by finding name.</param>
public sealed record GroupSummary(
    string Name,
    string? Team,
    int Calls,
    int Flagged,
    int Scored,
    double? AverageScore,
    double AudioHours,
    IReadOnlyDictionary<string, int> Findings);
