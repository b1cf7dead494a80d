using System.Text.Json;
using AutoQa.Analysis.Results;
using AutoQa.Batch.Stages;
using AutoQa.Calls;
using AutoQa.Events;
using AutoQa.Json;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Composition;

/// <summary>
/// The analysis stage over <see cref="QaEngine"/>: analysis, scorecard and triage. Findings counted in the summary
/// are the event kinds (with the red-line or defect kind, as "red-line:card-number"), the triage reason codes, and
/// "sides-swapped" for a call read with its sides the other way round (a metadata agent channel to correct).
/// </summary>
public sealed class QaAnalyseStage(QaEngine engine) : IAnalyseStage, IDisposable
{
    /// <summary>The flag reason of a call picked for the random control sample.</summary>
    public const string ControlSampleReason = "random control sample of unflagged calls";

    /// <summary>The finding of a call whose words told its sides the other way round from its metadata or labels.</summary>
    public const string SidesSwappedFinding = "sides-swapped";

    /// <summary>An owned resource released with the stage (the sentiment model), or null.</summary>
    public IDisposable? Owned { get; init; }

    /// <inheritdoc />
    public CallAssessment Assess(CallTranscript transcript, CallMetadata metadata, SignalReport signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        cancellationToken.ThrowIfCancellationRequested();
        var result = engine.Run(transcript, metadata, signal.AudioDefects);
        var triage = result.Triage;
        IReadOnlyList<string> reasons = triage.NeedsReview ? [.. triage.Reasons.Select(r => r.Message)]
            : triage.ControlSample ? [ControlSampleReason]
            : [];
        var findings = result.Analysis.Events.Select(FindingOf)
            .Concat(triage.Reasons.Select(r => "triage:" + r.Code))
            .Concat(result.Analysis.SidesSwapped ? [SidesSwappedFinding] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new CallAssessment(
            result.AgentScore,
            triage.NeedsReview || triage.ControlSample,
            reasons,
            findings,
            JsonSerializer.SerializeToNode(result, AutoQaJson.Options)!,
            Promise.AllIn(result.Analysis));
    }

    /// <inheritdoc />
    public void Dispose() => Owned?.Dispose();

    private static string FindingOf(QaEvent qaEvent)
    {
        var kind = JsonNamingPolicy.KebabCaseLower.ConvertName(qaEvent.Kind.ToString());
        return qaEvent.Kind is QaEventKind.RedLine or QaEventKind.AudioDefect && qaEvent.Detail is not null ? $"{kind}:{qaEvent.Detail}" : kind;
    }
}
