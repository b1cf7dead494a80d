namespace AutoQa.Analysis.Phrases;

/// <summary>How a language states a time frame: number words, units, and the words around them.</summary>
public sealed class DeadlineGrammar
{
    /// <summary>Number words and their values ("a": 1, "forty": 40); compounds add up ("forty eight").</summary>
    public Dictionary<string, int> Numbers { get; init; } = [];

    /// <summary>Words joining a compound number ("y" in "cuarenta y ocho").</summary>
    public List<string> Connectors { get; init; } = [];

    /// <summary>Words allowed between the number and the unit ("business", "next").</summary>
    public List<string> Fillers { get; init; } = [];

    /// <summary>Unit words and their ISO 8601 designator: "H" (hours), "M" (minutes), "D" (days), "W" (weeks).</summary>
    public Dictionary<string, string> Units { get; init; } = [];

    /// <summary>Whole expressions with a fixed duration ("tomorrow": "P1D").</summary>
    public Dictionary<string, string> Fixed { get; init; } = [];

    /// <summary>
    /// Words or phrases that make a time frame a promise ("within", "in", "sous", "dentro de"); one must end at
    /// most <see cref="LeadReach"/> words before the number. Empty: every time frame counts.
    /// </summary>
    public List<string> Leads { get; init; } = [];

    /// <summary>How many words may stand between a lead and the number ("within the next 48 hours"). The default is 2.</summary>
    public int LeadReach { get; init; } = 2;

    /// <summary>Words or phrases that, right before the number, make it a past or elapsed time ("for", "since", "au bout de").</summary>
    public List<string> ExcludeBefore { get; init; } = [];

    /// <summary>Words or phrases that, right after the unit, make it a past time ("ago", "zu spät").</summary>
    public List<string> ExcludeAfter { get; init; } = [];
}
