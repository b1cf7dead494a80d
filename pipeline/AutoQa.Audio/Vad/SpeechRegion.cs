using AutoQa.Events;

namespace AutoQa.Audio.Vad;

/// <summary>A stretch of one channel where the VAD heard speech, in seconds from the start of the recording.</summary>
/// <param name="Start">Where the speech starts (padding included).</param>
/// <param name="End">Where the speech ends (padding included).</param>
public readonly record struct SpeechRegion(double Start, double End)
{
    /// <summary>Length in seconds.</summary>
    public double Duration => End - Start;

    /// <summary>The same span as Core's <see cref="TimeRange"/>.</summary>
    public TimeRange Range => new(Start, End);
}
