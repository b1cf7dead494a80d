using AutoQa.Synth.Conditions;
using AutoQa.Synth.Output;
using AutoQa.Transcripts;

namespace AutoQa.Synth;

/// <summary>What call to generate. The same spec always gives the same audio and truth.</summary>
/// <param name="CallId">The call's identity (also the recording's file name).</param>
/// <param name="Scenario">A scenario name from Data/scenarios.yaml; see <see cref="Scenarios"/>.</param>
/// <param name="Seed">Seeds every random choice: phrasings, voices, gaps, condition parameters.</param>
public sealed record CallSpec(string CallId, string Scenario, int Seed)
{
    /// <summary>The call's language (en, de, fr, es), or null for the scenario's (English when it names none). The default is null.</summary>
    public string? Language { get; init; }

    /// <summary>Roughly how long the call runs, in seconds; the closing follows this mark. The default is 90.</summary>
    public double TargetSeconds { get; init; } = 90;

    /// <summary>The channel carrying the agent (0 or 1). The default is 0.</summary>
    public int AgentChannel { get; init; }

    /// <summary>A signal condition from <see cref="ConditionKinds"/>. The default is <see cref="ConditionKinds.Clean"/>.</summary>
    public string Condition { get; init; } = ConditionKinds.Clean;

    /// <summary>Whose channel the condition hits (echo always lands on the agent's), or null to draw it. The default is null.</summary>
    public Speaker? ConditionTarget { get; init; }

    /// <summary>The recording format from <see cref="RecordingFormats"/>. The default is <see cref="RecordingFormats.Wav"/>.</summary>
    public string Format { get; init; } = RecordingFormats.Wav;

    /// <summary>The agent's identity in the metadata. The default is "agent-01".</summary>
    public string AgentId { get; init; } = "agent-01";

    /// <summary>The agent's team in the metadata. The default is "after-sales".</summary>
    public string Team { get; init; } = "after-sales";

    /// <summary>When the call started. The default is 2025-03-14T18:00:00Z.</summary>
    public DateTimeOffset StartTime { get; init; } = new(2025, 3, 14, 18, 0, 0, TimeSpan.Zero);
}
