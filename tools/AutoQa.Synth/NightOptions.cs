namespace AutoQa.Synth;

/// <summary>What night to generate. Leave a choice null to draw it from the night mix (Data/night.yaml, scenarios.yaml).</summary>
public sealed class NightOptions
{
    /// <summary>Number of calls. The default is 20.</summary>
    public int Calls { get; set; } = 20;

    /// <summary>Seed of every random choice; the same seed gives the same night. The default is 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Every call's scenario, or null for the weighted mix. The default is null.</summary>
    public string? Scenario { get; set; }

    /// <summary>Every call's language, or null for the mix. The default is null.</summary>
    public string? Language { get; set; }

    /// <summary>Every call's channel condition, or null for the mix. The default is null.</summary>
    public string? Condition { get; set; }

    /// <summary>Every call's recording format, or null for the mix. The default is null.</summary>
    public string? Format { get; set; }

    /// <summary>Every call's length in seconds, or null to draw 1 to 8 minutes, shorter calls more often. The default is null.</summary>
    public double? CallSeconds { get; set; }

    /// <summary>Calls generated at once. The default is the number of processors.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <exception cref="ArgumentOutOfRangeException">A count is not positive or the call length is under 20 s.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Calls, 1, nameof(Calls));
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1, nameof(Parallelism));
        if (CallSeconds is < 20)
        {
            throw new ArgumentOutOfRangeException(nameof(CallSeconds), CallSeconds, "a call needs at least 20 seconds.");
        }
    }
}
