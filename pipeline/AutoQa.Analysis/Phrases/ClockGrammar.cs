namespace AutoQa.Analysis.Phrases;

/// <summary>How a language promises a time of day: "by 5 pm", "bis 17 Uhr", "d'ici 17h30", "antes de las cinco".</summary>
public sealed class ClockGrammar
{
    /// <summary>
    /// Words or phrases that make a time of day a promise ("by", "before", "bis", "d'ici", "antes de las"); one must
    /// end right before the hour: "it broke at 5 pm" is no promise.
    /// </summary>
    public List<string> Leads { get; init; } = [];

    /// <summary>
    /// Words or phrases between a promised day and its time ("at", "um", "à", "a las"): "by tomorrow at 5 pm", "bis
    /// morgen um 12 Uhr". A time right after the day needs none ("by tomorrow 5 pm", "d'ici demain midi").
    /// </summary>
    public List<string> AfterDay { get; init; } = [];

    /// <summary>
    /// Words or phrases after the hour that make a number a time of day, and how to read its hour: "pm" (1 to 11
    /// are the afternoon: "pm", "de la tarde"), "as-said" ("am", "Uhr", "h") or "12-hour" (a 12-hour clock,
    /// read in working hours: "o'clock"). An hour with minutes ("17:30") needs none.
    /// </summary>
    public Dictionary<string, string> Suffixes { get; init; } = [];

    /// <summary>True when a time said without a suffix ("by 5:30", "para las cinco") is on a 12-hour clock.</summary>
    public bool TwelveHour { get; init; }

    /// <summary>Times of day said as a word, with their hour: "noon": 12, "midi": 12.</summary>
    public Dictionary<string, int> Named { get; init; } = [];

    /// <summary>
    /// Leads that promise a named time only ("antes del mediodía"): before a number they make a date ("antes del 5
    /// de enero"), not a time.
    /// </summary>
    public List<string> NamedLeads { get; init; } = [];

    /// <summary>
    /// True when a bare number after a lead is an hour: the Spanish leads end in the article of hours ("para las
    /// cinco"), the English ones do not ("by 5" may be a price).
    /// </summary>
    public bool BareHours { get; init; }

    /// <summary>What is wrong with the clock grammar's values, one line each; empty when nothing is.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (suffix, reading) in Suffixes.Where(s => ClockReadingNames.Parse(s.Value) is null))
        {
            yield return $"clock suffix '{suffix}' is '{reading}'; use pm, as-said or 12-hour";
        }

        foreach (var (name, hour) in Named.Where(n => n.Value is < 0 or > 24))
        {
            yield return $"named time '{name}' is hour {hour}; use 0 to 24";
        }
    }
}
