using AutoQa.Audio.Quality;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Stages;

/// <summary>One channel's audio-quality measures, as written into the call's JSON.</summary>
/// <param name="Channel">The channel index in the recording.</param>
/// <param name="Speaker">Whose channel it is (from the call's metadata); <see cref="Speaker.Unknown"/> on mono recordings.</param>
/// <param name="Measures">Level, noise, clipping, dropouts and echo.</param>
public sealed record ChannelAudioMeasures(int Channel, Speaker Speaker, ChannelQualityMeasures Measures);
