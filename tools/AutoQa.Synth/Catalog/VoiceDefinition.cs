namespace AutoQa.Synth.Catalog;

/// <summary>A TTS voice a party can speak with (Data/voices.yaml).</summary>
public sealed class VoiceDefinition
{
    /// <summary>"espeak-ng" or "flite".</summary>
    public string Engine { get; set; } = "espeak-ng";

    /// <summary>The engine's voice name: "slt", "awb" for flite; "en-us+f3", "de+m3" for espeak-ng.</summary>
    public string Name { get; set; } = "en-us";

    /// <summary>The voice's natural pitch: mean F0 in Hz for flite, 0..99 for espeak-ng. The default is 50.</summary>
    public double Pitch { get; set; } = 50;

    /// <summary>The voice's natural rate: words per minute for espeak-ng, 1 for flite. The default is 1.</summary>
    public double Rate { get; set; } = 1;
}
