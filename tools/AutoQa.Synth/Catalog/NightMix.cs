namespace AutoQa.Synth.Catalog;

/// <summary>How a generated night is mixed (Data/night.yaml): relative weights of languages, conditions, formats and channels.</summary>
public sealed class NightMix
{
    /// <summary>Weight per language code.</summary>
    public Dictionary<string, double> Languages { get; set; } = new() { ["en"] = 1 };

    /// <summary>Weight per channel condition kind ("clean", "noise", "dropout", "echo", "clipping", "low-level").</summary>
    public Dictionary<string, double> Conditions { get; set; } = new() { ["clean"] = 1 };

    /// <summary>Weight per recording format ("wav", "ulaw-8k", "mp3-low-bitrate", "mono-mixdown").</summary>
    public Dictionary<string, double> Formats { get; set; } = new() { ["wav"] = 1 };

    /// <summary>Share of calls with the agent on channel 1 instead of 0. The default is 0.2.</summary>
    public double AgentOnSecondChannel { get; set; } = 0.2;

    /// <summary>Number of agents calls are spread over. The default is 12.</summary>
    public int Agents { get; set; } = 12;

    /// <summary>Team names agents belong to (agent i is in team i mod count).</summary>
    public List<string> Teams { get; set; } = ["after-sales"];

    /// <summary>When the night's first call may start. The default is 2025-03-14T18:00:00Z.</summary>
    public DateTimeOffset Start { get; set; } = new(2025, 3, 14, 18, 0, 0, TimeSpan.Zero);

    /// <summary>Over how many hours calls start. The default is 12.</summary>
    public double Hours { get; set; } = 12;

    /// <exception cref="InvalidDataException">A weight table is empty or negative, or a count is not positive.</exception>
    public void Validate(string source)
    {
        foreach (var (name, table) in new[] { ("languages", Languages), ("conditions", Conditions), ("formats", Formats) })
        {
            if (table.Count == 0 || table.Values.Any(w => w < 0) || table.Values.Sum() <= 0)
            {
                throw new InvalidDataException($"{source}: {name} needs at least one positive weight and none negative.");
            }
        }

        if (Agents < 1 || Teams.Count == 0 || Hours <= 0 || AgentOnSecondChannel is < 0 or > 1)
        {
            throw new InvalidDataException($"{source}: agents and teams must be non-empty, hours positive, agentOnSecondChannel in 0..1.");
        }
    }
}
