using AutoQa.Audio;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Stages;

/// <summary>One transcription worker. Not thread-safe: the runner gives each worker its own.</summary>
public interface ITranscribeWorker : IDisposable
{
    /// <summary>Transcribes only the speech regions of <paramref name="signal"/>, with times mapped back to the call.</summary>
    CallTranscript Transcribe(PcmAudio audio, CallMetadata metadata, SignalReport signal, CancellationToken cancellationToken = default);
}
