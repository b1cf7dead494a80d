namespace AutoQa.Audio.Vad;

/// <summary>How <see cref="SpeechWindowPacker"/> groups speech regions into recognizer windows.</summary>
public sealed class SpeechWindowPackerOptions
{
    /// <summary>The longest window in seconds (Whisper reads 30 s at a time). The default is 30.</summary>
    public double MaxWindowSeconds { get; init; } = 30;

    /// <summary>
    /// Regions closer than this are kept as one slice, the pause between them included, in seconds.
    /// The default is 1.0.
    /// </summary>
    public double MergeGapSeconds { get; init; } = 1.0;

    /// <summary>The silence placed between slices inside a window, in seconds, so the recognizer hears a pause. The default is 0.3.</summary>
    public double GapSeconds { get; init; } = 0.3;

    /// <summary>Checks the values once, when the packer is built.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal SpeechWindowPackerOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxWindowSeconds, 1.0, nameof(MaxWindowSeconds));
        ArgumentOutOfRangeException.ThrowIfNegative(MergeGapSeconds, nameof(MergeGapSeconds));
        ArgumentOutOfRangeException.ThrowIfNegative(GapSeconds, nameof(GapSeconds));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(GapSeconds, MaxWindowSeconds / 2, nameof(GapSeconds));
        return this;
    }
}
