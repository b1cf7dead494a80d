using AutoQa.Events;

namespace AutoQa.Audio.Quality;

/// <summary>The quality verdict of one channel.</summary>
/// <param name="Channel">The channel index in the recording (0 = left / first).</param>
/// <param name="Measures">The measures the verdict rests on.</param>
/// <param name="Defects">
/// <see cref="QaEventKind.AudioDefect"/> events with an <see cref="AudioDefectKinds"/> detail and speaker
/// <see cref="Transcripts.Speaker.Unknown"/> (the caller knows which channel is whose); empty when the channel is clean.
/// </param>
/// <param name="EchoRegions">The speech regions that are the other channel's echo, not this party's speech: not to be transcribed.</param>
public sealed record ChannelQuality(int Channel, ChannelQualityMeasures Measures, IReadOnlyList<QaEvent> Defects, IReadOnlyList<TimeRange> EchoRegions);
