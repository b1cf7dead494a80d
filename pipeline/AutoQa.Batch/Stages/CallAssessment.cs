using System.Text.Json.Nodes;
using AutoQa.Analysis.Results;

namespace AutoQa.Batch.Stages;

/// <summary>The analysis of one call as the batch needs it: the figures it aggregates and the document it writes.</summary>
/// <param name="Score">The normalised score (0-100), or null when no item applied or who speaks is unknown (mono without speaker labels): such a call says nothing of the agent, so it is left out of averages.</param>
/// <param name="Flagged">True when the call is put in front of a person (including the random control sample).</param>
/// <param name="FlagReasons">Why it was flagged, one short sentence each; empty when not flagged.</param>
/// <param name="Findings">Finding names counted in the summary, for example "interruption" or "red-line:card-number".</param>
/// <param name="Document">Metrics, events, scorecard and triage, as written into the call's JSON.</param>
/// <param name="Promises">The time frames the agent promised, for the night's follow-up list; null: none.</param>
public sealed record CallAssessment(
    double? Score,
    bool Flagged,
    IReadOnlyList<string> FlagReasons,
    IReadOnlyList<string> Findings,
    JsonNode Document,
    IReadOnlyList<Promise>? Promises = null);
