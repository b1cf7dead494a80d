namespace AutoQa.Synth.Catalog;

/// <summary>The ranges channel conditions are drawn from (Data/settings.yaml, section <c>conditions</c>).</summary>
public sealed class ConditionSettings
{
    /// <summary>Signal-to-noise ratio of added noise, in dB. The default is 3 to 15.</summary>
    public SecondsRange NoiseSnrDb { get; set; } = new() { Min = 3, Max = 15 };

    /// <summary>Number of dropouts. The default is 6 to 14.</summary>
    public SecondsRange DropoutCount { get; set; } = new() { Min = 6, Max = 14 };

    /// <summary>Length of one dropout, in seconds. The default is 0.08 to 0.3.</summary>
    public SecondsRange DropoutSeconds { get; set; } = new() { Min = 0.08, Max = 0.3 };

    /// <summary>Delay of the customer's echo on the agent channel, in milliseconds. The default is 80 to 250.</summary>
    public SecondsRange EchoDelayMs { get; set; } = new() { Min = 80, Max = 250 };

    /// <summary>Level of the echo relative to the customer's speech, in dB. The default is -12 to -6.</summary>
    public SecondsRange EchoGainDb { get; set; } = new() { Min = -12, Max = -6 };

    /// <summary>Gain that overdrives the channel before clipping at full scale, in dB. The default is 14 to 20.</summary>
    public SecondsRange ClippingGainDb { get; set; } = new() { Min = 14, Max = 20 };

    /// <summary>Attenuation of a too-quiet channel, in dB. The default is -32 to -26.</summary>
    public SecondsRange LowLevelGainDb { get; set; } = new() { Min = -32, Max = -26 };

    /// <summary>MP3 bitrate of the low-bitrate format, in kbit/s. The default is 24.</summary>
    public int Mp3BitrateKbps { get; set; } = 24;
}
