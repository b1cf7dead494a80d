using AutoQa.Transcripts;

namespace AutoQa.Batch.Stages;

/// <summary>
/// The transcription stage: one loaded engine shared by the process, and a factory of workers that each own
/// their recogniser state. Disposing it unloads the engine.
/// </summary>
public interface ITranscribeStage : IDisposable
{
    /// <summary>Engine and model, as written into every transcript and the run manifest.</summary>
    TranscriptEngine Engine { get; }

    /// <summary>Creates a worker with its own state; the runner creates one per transcription worker and disposes it.</summary>
    ITranscribeWorker CreateWorker();
}
