using AutoQa.Batch.Resume;

namespace AutoQa.Batch.Output;

/// <summary>Builds the run summary from the ledger, so it covers every call of the folder, including earlier runs'.</summary>
public static class SummaryBuilder
{
    /// <summary>The name used for a missing agent or team.</summary>
    public const string Unknown = "(unknown)";

    /// <summary>Summarises the entries done under <paramref name="configHash"/>.</summary>
    public static RunSummary Build(IEnumerable<LedgerEntry> entries, string configHash, IReadOnlyList<FailureRecord> failures)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var calls = entries.Where(e => e.ConfigHash == configHash).ToList();
        return new RunSummary(
            DateTimeOffset.UtcNow,
            configHash,
            Group("all", null, calls),
            [.. calls.GroupBy(c => c.Team ?? Unknown).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, null, g))],
            [.. calls.GroupBy(c => c.AgentId ?? Unknown).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Group(g.Key, g.Select(c => c.Team).FirstOrDefault(t => t is not null), g))],
            [.. calls.Where(c => c.Flagged).OrderBy(c => c.Score ?? double.MaxValue).ThenBy(c => c.CallId, StringComparer.Ordinal)
                .Select(c => new FlaggedCall(c.CallId, c.AgentId, c.Score, c.FlagReasons, c.Output))],
            failures);
    }

    private static GroupSummary Group(string name, string? team, IEnumerable<LedgerEntry> group)
    {
        var calls = group.ToList();
        var scores = calls.Where(c => c.Score is not null).Select(c => c.Score!.Value).ToList();
        var findings = calls.SelectMany(c => c.Findings.Distinct(StringComparer.Ordinal))
            .GroupBy(f => f, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new GroupSummary(
            name,
            team,
            calls.Count,
            calls.Count(c => c.Flagged),
            scores.Count,
            scores.Count == 0 ? null : Math.Round(scores.Average(), 1),
            Math.Round(calls.Sum(c => c.DurationSeconds) / 3600, 4),
            findings);
    }
}
