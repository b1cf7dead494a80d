namespace AutoQa.Events;

/// <summary>The <see cref="QaEvent.Detail"/> values of <see cref="QaEventKind.AudioDefect"/> events.</summary>
public static class AudioDefectKinds
{
    /// <summary>Background noise: low signal-to-noise ratio.</summary>
    public const string Noise = "noise";

    /// <summary>Choppy audio: short dropouts to digital silence inside speech.</summary>
    public const string Dropout = "dropout";

    /// <summary>The other party's speech leaks back into this channel.</summary>
    public const string Echo = "echo";

    /// <summary>Samples at full scale: an overdriven microphone.</summary>
    public const string Clipping = "clipping";

    /// <summary>Speech far too quiet.</summary>
    public const string LowLevel = "low-level";
}
