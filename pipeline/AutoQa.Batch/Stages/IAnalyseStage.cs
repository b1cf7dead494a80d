using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Stages;

/// <summary>Analyses, scores and triages a transcribed call. Thread-safe.</summary>
public interface IAnalyseStage
{
    /// <summary>Assesses one call from its transcript and signal findings.</summary>
    CallAssessment Assess(CallTranscript transcript, CallMetadata metadata, SignalReport signal, CancellationToken cancellationToken = default);
}
