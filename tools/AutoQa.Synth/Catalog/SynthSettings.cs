namespace AutoQa.Synth.Catalog;

/// <summary>How generated audio is levelled and how turns are spaced (Data/settings.yaml, section <c>synthesis</c>).</summary>
public sealed class SynthSettings
{
    /// <summary>Sample rate of the mix in Hz. The default is 16000.</summary>
    public int SampleRate { get; set; } = 16000;

    /// <summary>RMS level of active speech in dBFS. The default is -20.</summary>
    public double SpeechLevelDbfs { get; set; } = -20;

    /// <summary>10 ms frames of levelled TTS output below this RMS level are silence (trimmed, pauses shortened), in dBFS. The default is -45.</summary>
    public double SilenceThresholdDbfs { get; set; } = -45;

    /// <summary>Longest pause kept inside one utterance, in seconds (well under the 0.6 s that ends an utterance). The default is 0.35.</summary>
    public double MaxInternalPauseSeconds { get; set; } = 0.35;

    /// <summary>Level of the line's background hiss on clean channels, in dBFS. The default is -72.</summary>
    public double NoiseFloorDbfs { get; set; } = -72;

    /// <summary>Silence before one party answers the other, in seconds. The default is 0.2 to 1.5.</summary>
    public SecondsRange TurnGap { get; set; } = new() { Min = 0.2, Max = 1.5 };

    /// <summary>Pause between two utterances of the same party, in seconds (over 0.6 s so they stay two utterances). The default is 0.8 to 1.5.</summary>
    public SecondsRange SameSpeakerGap { get; set; } = new() { Min = 0.8, Max = 1.5 };

    /// <summary>Silence at the start and end of a recording, in seconds. The default is 0.3 to 1.5.</summary>
    public SecondsRange EdgeSilence { get; set; } = new() { Min = 0.3, Max = 1.5 };

    /// <summary>Length of a hold, in seconds. The default is 12 to 45.</summary>
    public SecondsRange Hold { get; set; } = new() { Min = 12, Max = 45 };

    /// <summary>Speaking-rate factor drawn once per party and call. The default is 0.9 to 1.12.</summary>
    public SecondsRange RateFactor { get; set; } = new() { Min = 0.9, Max = 1.12 };

    /// <summary>Pitch factor drawn once per party and call. The default is 0.9 to 1.1.</summary>
    public SecondsRange PitchFactor { get; set; } = new() { Min = 0.9, Max = 1.1 };

    /// <summary>Call length drawn for a night, in seconds. The default is 60 to 480.</summary>
    public SecondsRange CallLength { get; set; } = new() { Min = 60, Max = 480 };

    /// <summary>Throws when a value is out of range, naming it.</summary>
    /// <exception cref="InvalidDataException">A setting is out of range.</exception>
    public void Validate(string source)
    {
        if (SampleRate is < 8000 or > 48000)
        {
            throw new InvalidDataException($"{source}: sampleRate {SampleRate} is outside 8000..48000.");
        }

        if (TurnGap.Max >= 10 || SameSpeakerGap.Max >= 2 || MaxInternalPauseSeconds >= 0.6)
        {
            throw new InvalidDataException($"{source}: gaps must stay under the event thresholds (turn gap < 10 s, same-speaker gap < 2 s, internal pause < 0.6 s).");
        }

        foreach (var (name, range) in new[] { ("turnGap", TurnGap), ("sameSpeakerGap", SameSpeakerGap), ("edgeSilence", EdgeSilence), ("hold", Hold), ("rateFactor", RateFactor), ("pitchFactor", PitchFactor), ("callLength", CallLength) })
        {
            range.Validate($"{source}: {name}");
        }
    }
}
