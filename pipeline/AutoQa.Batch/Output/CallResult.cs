using System.Text.Json.Nodes;
using AutoQa.Batch.Stages;
using AutoQa.Calls;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Output;

/// <summary>The per-call JSON (<see cref="SchemaId"/>): identity, source, audio facts, transcript and analysis.</summary>
/// <param name="CallId">The call's identity.</param>
/// <param name="Source">The recording and its hash.</param>
/// <param name="Audio">Length, channels and speech time.</param>
/// <param name="Metadata">The call's metadata (from the metadata file, or defaults).</param>
/// <param name="ConfigHash">The run configuration's hash.</param>
/// <param name="Speech">Speech regions per channel from the VAD, in seconds from the start of the call.</param>
/// <param name="AudioDefects">Audio-quality findings.</param>
/// <param name="AudioMeasures">Per-channel signal measures (level, SNR, clipping, dropouts, echo), with whose channel it is.</param>
/// <param name="Transcript">What was said, with times in the call.</param>
/// <param name="Analysis">Metrics, events, scorecard and triage.</param>
public sealed record CallResult(
    string CallId,
    CallSource Source,
    CallAudioFacts Audio,
    CallMetadata Metadata,
    string ConfigHash,
    IReadOnlyList<IReadOnlyList<TimeRange>> Speech,
    IReadOnlyList<QaEvent> AudioDefects,
    IReadOnlyList<ChannelAudioMeasures> AudioMeasures,
    CallTranscript Transcript,
    JsonNode Analysis)
{
    /// <summary>The schema identifier written into every call file.</summary>
    public const string SchemaId = "autoqa.call/1";

    /// <summary>The schema this file follows.</summary>
    public string Schema { get; init; } = SchemaId;
}
