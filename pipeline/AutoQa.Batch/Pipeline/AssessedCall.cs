using AutoQa.Batch.Stages;

namespace AutoQa.Batch.Pipeline;

/// <summary>A transcribed call with its analysis, ready to be written.</summary>
internal sealed record AssessedCall(TranscribedCall Call, CallAssessment Assessment) : ICallMessage
{
    public CallJob Job => Call.Job;
}
