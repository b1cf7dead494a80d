namespace AutoQa.Audio.Vad;

/// <summary>One contiguous slice of call audio placed in a <see cref="SpeechWindow"/>.</summary>
/// <param name="WindowStart">Where the slice starts in the window, in seconds.</param>
/// <param name="CallStart">Where the slice starts in the call, in seconds.</param>
/// <param name="Duration">Length of the slice in seconds.</param>
public readonly record struct SpeechWindowPiece(double WindowStart, double CallStart, double Duration)
{
    /// <summary>Where the slice ends in the window.</summary>
    public double WindowEnd => WindowStart + Duration;

    /// <summary>Where the slice ends in the call.</summary>
    public double CallEnd => CallStart + Duration;
}
