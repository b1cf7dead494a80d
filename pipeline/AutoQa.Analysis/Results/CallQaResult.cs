using AutoQa.Analysis.Scoring;
using AutoQa.Analysis.Triage;
using AutoQa.Calls;

namespace AutoQa.Analysis.Results;

/// <summary>
/// Everything QA found in one call, as written to its JSON file (<see cref="SchemaId"/>): the analysis, the
/// pre-filled scorecard and the triage decision. Serialise it with <see cref="AutoQa.Json.AutoQaJson"/>.
/// </summary>
/// <param name="Call">The call's metadata.</param>
/// <param name="Analysis">Turns, metrics and events.</param>
/// <param name="Scorecard">The pre-filled scorecard.</param>
/// <param name="Triage">Whether, how soon and why a person should review it.</param>
public sealed record CallQaResult(CallMetadata Call, CallAnalysis Analysis, Scorecard Scorecard, TriageDecision Triage)
{
    /// <summary>The schema identifier written into every QA result file.</summary>
    public const string SchemaId = "autoqa.qa/1";

    /// <summary>The schema this result follows.</summary>
    public string Schema { get; init; } = SchemaId;

    /// <summary>The score as a measure of the agent, or null when it is none (<see cref="Scorer.AgentScore"/>).</summary>
    public double? AgentScore => Scorer.AgentScore(Analysis, Scorecard);
}
