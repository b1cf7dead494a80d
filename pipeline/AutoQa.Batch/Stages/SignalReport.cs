using AutoQa.Events;

namespace AutoQa.Batch.Stages;

/// <summary>What the signal stage found in a call's audio.</summary>
/// <param name="Speech">Speech regions per channel, in seconds from the start of the call.</param>
/// <param name="AudioDefects">Audio-quality findings (<see cref="QaEventKind.AudioDefect"/> events, speaker = the channel's party).</param>
/// <param name="Measures">Per-channel signal measures; empty when the stage measures none.</param>
public sealed record SignalReport(
    IReadOnlyList<IReadOnlyList<TimeRange>> Speech,
    IReadOnlyList<QaEvent> AudioDefects,
    IReadOnlyList<ChannelAudioMeasures> Measures)
{
    /// <summary>Seconds of speech over all channels.</summary>
    public double SpeechSeconds => Speech.Sum(channel => channel.Sum(region => region.Duration));
}
