namespace AutoQa.Audio.Vad;

/// <summary>How <see cref="SileroVad"/> turns Silero's per-frame speech probabilities into regions.</summary>
public sealed class SileroVadOptions
{
    /// <summary>A frame whose speech probability reaches this starts (or continues) speech. The default is 0.5.</summary>
    public float Threshold { get; init; } = 0.5f;

    /// <summary>
    /// A frame below this counts as silence inside speech (hysteresis). The default is null, meaning
    /// <see cref="Threshold"/> - 0.15 (at least 0.01).
    /// </summary>
    public float? NegativeThreshold { get; init; }

    /// <summary>Speech shorter than this is dropped, in milliseconds. The default is 250.</summary>
    public int MinSpeechMilliseconds { get; init; } = 250;

    /// <summary>Silence must last this long to end a region, in milliseconds. The default is 100.</summary>
    public int MinSilenceMilliseconds { get; init; } = 100;

    /// <summary>Padding added on each side of a region, in milliseconds. The default is 30.</summary>
    public int SpeechPadMilliseconds { get; init; } = 30;

    /// <summary>
    /// Chunks quieter than this RMS, in dBFS, inside a stretch of such chunks longer than about half a second, are not
    /// run through the model: they are non-speech (digital silence or a very faint line hiss), and skipping them is
    /// most of the VAD's time on a two-channel call, where each side is quiet while the other talks. The model still
    /// runs on the first and last 256 ms of the stretch, so region ends and onsets are as without skipping; it resumes
    /// from a fresh state. Null runs the model on every chunk. The default is -70.
    /// </summary>
    public double? SkipBelowDbfs { get; init; } = -70;

    /// <summary>ONNX Runtime threads inside one operator. The default is 1 (the pipeline runs calls in parallel instead).</summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>ONNX Runtime threads across operators. The default is 1.</summary>
    public int InterOpThreads { get; init; } = 1;

    /// <summary>The threshold below which a frame counts as silence, resolved from <see cref="NegativeThreshold"/>.</summary>
    internal float ResolvedNegativeThreshold => NegativeThreshold ?? Math.Max(0.01f, Threshold - 0.15f);

    /// <summary>Checks the values once, when the VAD is built.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal SileroVadOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Threshold, 0f, nameof(Threshold));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(Threshold, 1f, nameof(Threshold));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ResolvedNegativeThreshold, 0f, nameof(NegativeThreshold));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ResolvedNegativeThreshold, Threshold, nameof(NegativeThreshold));
        ArgumentOutOfRangeException.ThrowIfNegative(MinSpeechMilliseconds, nameof(MinSpeechMilliseconds));
        ArgumentOutOfRangeException.ThrowIfNegative(MinSilenceMilliseconds, nameof(MinSilenceMilliseconds));
        ArgumentOutOfRangeException.ThrowIfNegative(SpeechPadMilliseconds, nameof(SpeechPadMilliseconds));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SkipBelowDbfs ?? -1, -1, nameof(SkipBelowDbfs));
        ArgumentOutOfRangeException.ThrowIfLessThan(IntraOpThreads, 1, nameof(IntraOpThreads));
        ArgumentOutOfRangeException.ThrowIfLessThan(InterOpThreads, 1, nameof(InterOpThreads));
        return this;
    }
}
