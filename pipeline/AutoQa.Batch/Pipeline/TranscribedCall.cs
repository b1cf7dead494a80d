using AutoQa.Batch.Output;
using AutoQa.Batch.Stages;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Pipeline;

/// <summary>A transcribed call; the audio itself is dropped here, so only small messages queue after transcription.</summary>
internal sealed record TranscribedCall(CallJob Job, CallAudioFacts Facts, SignalReport Signal, CallTranscript Transcript) : ICallMessage;
