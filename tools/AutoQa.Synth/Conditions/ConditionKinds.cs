namespace AutoQa.Synth.Conditions;

/// <summary>The <see cref="AutoQa.Truth.ChannelCondition.Kind"/> values the generator applies.</summary>
public static class ConditionKinds
{
    /// <summary>No defect: the line's faint hiss only.</summary>
    public const string Clean = "clean";

    /// <summary>White noise at a declared SNR on one channel.</summary>
    public const string Noise = "noise";

    /// <summary>Short stretches of digital silence inside one party's speech.</summary>
    public const string Dropout = "dropout";

    /// <summary>The customer's speech leaks, delayed and attenuated, into the agent channel.</summary>
    public const string Echo = "echo";

    /// <summary>One channel overdriven and clipped at full scale.</summary>
    public const string Clipping = "clipping";

    /// <summary>One channel far too quiet.</summary>
    public const string LowLevel = "low-level";

    /// <summary>Every signal condition, in the order the night mix lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Clean, Noise, Dropout, Echo, Clipping, LowLevel];
}
