namespace AutoQa.Batch.Output;

/// <summary>summary.json: the night's figures per team and per agent, the flagged calls, and this run's failures.</summary>
/// <param name="GeneratedAt">When it was written.</param>
/// <param name="ConfigHash">The configuration the figures come from (calls done under another are left out).</param>
/// <param name="Total">The whole night.</param>
/// <param name="Teams">One row per team.</param>
/// <param name="Agents">One row per agent.</param>
/// <param name="FlaggedCalls">Calls flagged for review, lowest score first.</param>
/// <param name="Failures">Calls this run could not process.</param>
public sealed record RunSummary(
    DateTimeOffset GeneratedAt,
    string ConfigHash,
    GroupSummary Total,
    IReadOnlyList<GroupSummary> Teams,
    IReadOnlyList<GroupSummary> Agents,
    IReadOnlyList<FlaggedCall> FlaggedCalls,
    IReadOnlyList<FailureRecord> Failures)
{
    /// <summary>The schema identifier.</summary>
    public const string SchemaId = "autoqa.run-summary/1";

    /// <summary>The JSON file name inside the output folder.</summary>
    public const string FileName = "summary.json";

    /// <summary>The CSV file name inside the output folder.</summary>
    public const string CsvFileName = "summary.csv";

    /// <summary>The schema this summary follows.</summary>
    public string Schema { get; init; } = SchemaId;
}
