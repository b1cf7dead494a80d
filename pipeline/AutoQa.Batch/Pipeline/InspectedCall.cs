using AutoQa.Audio;
using AutoQa.Batch.Stages;

namespace AutoQa.Batch.Pipeline;

/// <summary>A call with its audio, speech regions and audio-quality findings.</summary>
internal sealed record InspectedCall(CallJob Job, PcmAudio Audio, SignalReport Signal) : ICallMessage;
