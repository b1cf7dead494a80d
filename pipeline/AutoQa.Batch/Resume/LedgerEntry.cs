using AutoQa.Analysis.Results;

namespace AutoQa.Batch.Resume;

/// <summary>One finished call in the resume ledger, with the figures the run summary aggregates.</summary>
/// <param name="CallId">The call's identity.</param>
/// <param name="File">The recording, relative to its input folder.</param>
/// <param name="SourceHash">SHA-256 of the recording.</param>
/// <param name="ConfigHash">The run configuration's hash.</param>
/// <param name="Output">The call's JSON, relative to the output folder.</param>
/// <param name="DurationSeconds">Length of the recording.</param>
/// <param name="AgentId">The agent, or null.</param>
/// <param name="Team">The team, or null.</param>
/// <param name="Score">Normalised score (0-100), or null.</param>
/// <param name="Flagged">Whether the call was flagged for review.</param>
/// <param name="FlagReasons">Why it was flagged.</param>
/// <param name="Findings">Findings counted in the summary.</param>
/// <param name="CompletedAt">When the call's JSON was written.</param>
/// <param name="StartTime">When the call started, from its metadata, or null.</param>
/// <param name="Promises">The time frames the agent promised, for promises.csv; null in ledgers written before it.</param>
public sealed record LedgerEntry(
    string CallId,
    string File,
    string SourceHash,
    string ConfigHash,
    string Output,
    double DurationSeconds,
    string? AgentId,
    string? Team,
    double? Score,
    bool Flagged,
    IReadOnlyList<string> FlagReasons,
    IReadOnlyList<string> Findings,
    DateTimeOffset CompletedAt,
    DateTimeOffset? StartTime = null,
    IReadOnlyList<Promise>? Promises = null);
