using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Truth;

/// <summary>The exact ground truth of a generated call: what was said when, what a QA lead would find, and the expected rubric answers.</summary>
/// <param name="CallId">The call's identity.</param>
/// <param name="Scenario">The scenario it was generated from.</param>
/// <param name="Language">The call's language (ISO 639-1).</param>
/// <param name="AgentChannel">The channel carrying the agent.</param>
/// <param name="DurationSeconds">Length of the recording.</param>
/// <param name="Resolved">Whether the customer's issue was resolved on the call.</param>
/// <param name="Utterances">Every utterance, ordered by start.</param>
/// <param name="Events">Every QA event with its time range.</param>
/// <param name="ExpectedAnswers">The expected answer for each default rubric item, by <see cref="DefaultRubricItems"/> id.</param>
/// <param name="Conditions">Channel conditions applied to the audio.</param>
public sealed record CallTruth(
    string CallId,
    string Scenario,
    string Language,
    int AgentChannel,
    double DurationSeconds,
    bool Resolved,
    IReadOnlyList<TruthUtterance> Utterances,
    IReadOnlyList<QaEvent> Events,
    IReadOnlyDictionary<string, RubricAnswer> ExpectedAnswers,
    IReadOnlyList<ChannelCondition> Conditions)
{
    /// <summary>The schema identifier written into every truth file.</summary>
    public const string SchemaId = "autoqa.truth/1";

    /// <summary>The schema this truth follows.</summary>
    public string Schema { get; init; } = SchemaId;
}
