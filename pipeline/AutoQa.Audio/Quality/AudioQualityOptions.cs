namespace AutoQa.Audio.Quality;

/// <summary>Thresholds of <see cref="AudioQualityAnalyzer"/>. Levels are in dB relative to full scale (dBFS).</summary>
public sealed class AudioQualityOptions
{
    /// <summary>A channel whose estimated speech-to-noise ratio is below this has a noise defect, in dB. The default is 15.</summary>
    public double MinSnrDb { get; init; } = 15;

    /// <summary>The SNR reported when the non-speech parts are digital silence, in dB. The default is 60.</summary>
    public double MaxSnrDb { get; init; } = 60;

    /// <summary>A sample at or above this magnitude counts as clipped. The default is 0.99.</summary>
    public double ClipLevel { get; init; } = 0.99;

    /// <summary>A channel whose share of clipped speech samples exceeds this has a clipping defect. The default is 0.001 (0.1 %).</summary>
    public double MaxClippedShare { get; init; } = 0.001;

    /// <summary>A sample at or below this magnitude counts as digital silence for dropouts. The default is 0.0001 (-80 dBFS).</summary>
    public double DropoutLevel { get; init; } = 0.0001;

    /// <summary>The shortest silent run inside speech that counts as a dropout, in milliseconds. The default is 20.</summary>
    public int MinDropoutMilliseconds { get; init; } = 20;

    /// <summary>The longest silent run inside speech that counts as a dropout (longer is a pause), in milliseconds. The default is 300.</summary>
    public int MaxDropoutMilliseconds { get; init; } = 300;

    /// <summary>
    /// A silent run counts as a dropout only when the signal on both sides of it, over
    /// <see cref="DropoutEdgeMilliseconds"/>, is within this many dB of the channel's speech RMS: speech cut off
    /// abruptly, not a pause that speech faded into. The default is 12.
    /// </summary>
    public double DropoutEdgeWithinDb { get; init; } = 12;

    /// <summary>The stretch on each side of a silent run whose level is compared, in milliseconds. The default is 5.</summary>
    public int DropoutEdgeMilliseconds { get; init; } = 5;

    /// <summary>A channel whose speech RMS is below this has a low-level defect, in dBFS. The default is -35.</summary>
    public double MinSpeechRmsDbfs { get; init; } = -35;

    /// <summary>
    /// A speech region whose envelope correlates at least this much with the other channel's envelope delayed within
    /// the echo window (Pearson correlation; better than undelayed), and is quieter than it, is the other party's
    /// echo; a channel with at least <see cref="MinSpeechSeconds"/> of echo has an echo defect. The default is 0.7.
    /// </summary>
    public double MinEchoCorrelation { get; init; } = 0.7;

    /// <summary>A speech region shorter than this is never judged an echo (too few frames to correlate), in milliseconds. The default is 300.</summary>
    public int MinEchoRegionMilliseconds { get; init; } = 300;

    /// <summary>The shortest echo delay looked for, in milliseconds. The default is 20.</summary>
    public int MinEchoDelayMilliseconds { get; init; } = 20;

    /// <summary>The longest echo delay looked for, in milliseconds. The default is 500.</summary>
    public int MaxEchoDelayMilliseconds { get; init; } = 500;

    /// <summary>A channel with less speech than this gets measures but no level, noise or echo verdicts, in seconds. The default is 1.0.</summary>
    public double MinSpeechSeconds { get; init; } = 1.0;

    /// <summary>Checks the values once, when the analyzer is built.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal AudioQualityOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinSnrDb, MaxSnrDb, nameof(MinSnrDb));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ClipLevel, nameof(ClipLevel));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ClipLevel, 1.0, nameof(ClipLevel));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxClippedShare, nameof(MaxClippedShare));
        ArgumentOutOfRangeException.ThrowIfNegative(DropoutLevel, nameof(DropoutLevel));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinDropoutMilliseconds, nameof(MinDropoutMilliseconds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDropoutMilliseconds, MinDropoutMilliseconds, nameof(MaxDropoutMilliseconds));
        ArgumentOutOfRangeException.ThrowIfNegative(DropoutEdgeWithinDb, nameof(DropoutEdgeWithinDb));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(DropoutEdgeMilliseconds, nameof(DropoutEdgeMilliseconds));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinSpeechRmsDbfs, 0, nameof(MinSpeechRmsDbfs));
        ArgumentOutOfRangeException.ThrowIfNegative(MinEchoCorrelation, nameof(MinEchoCorrelation));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinEchoCorrelation, 1.0, nameof(MinEchoCorrelation));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinEchoDelayMilliseconds, nameof(MinEchoDelayMilliseconds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinEchoRegionMilliseconds, 2 * EchoDetector.FrameMilliseconds, nameof(MinEchoRegionMilliseconds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEchoDelayMilliseconds, MinEchoDelayMilliseconds, nameof(MaxEchoDelayMilliseconds));
        ArgumentOutOfRangeException.ThrowIfNegative(MinSpeechSeconds, nameof(MinSpeechSeconds));
        return this;
    }
}
