using AutoQa.Calls;
using AutoQa.Transcripts;
using AutoQa.Truth;

namespace AutoQa.Synth;

/// <summary>A generated call, in memory: its final samples (conditions applied, not yet encoded), truth, transcript and metadata.</summary>
/// <param name="Spec">What was asked for.</param>
/// <param name="SampleRate">Samples per second of <paramref name="Channels"/>.</param>
/// <param name="Channels">The recording's channels in file order: two, or one for a mono mixdown. Samples in [-1, 1].</param>
/// <param name="Truth">The exact ground truth.</param>
/// <param name="Transcript">The truth in the recognisers' transcript shape.</param>
/// <param name="Metadata">The telephony metadata line of the call.</param>
public sealed record SynthesizedCall(
    CallSpec Spec,
    int SampleRate,
    IReadOnlyList<float[]> Channels,
    CallTruth Truth,
    CallTranscript Transcript,
    CallMetadata Metadata);
