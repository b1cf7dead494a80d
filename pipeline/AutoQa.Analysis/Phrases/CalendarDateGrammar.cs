namespace AutoQa.Analysis.Phrases;

/// <summary>How a language says a date: "January 5th", "the 5th of January", "5. Januar", "le 5 janvier", "el 5 de enero".</summary>
public sealed class CalendarDateGrammar
{
    /// <summary>Month names and their number, 1 (January) to 12.</summary>
    public Dictionary<string, int> Months { get; init; } = [];

    /// <summary>Words that may stand between the day and the month ("of", "de").</summary>
    public List<string> Fillers { get; init; } = [];

    /// <summary>Letters written after the day's digits ("th" of "5th", "er" of "1er").</summary>
    public List<string> OrdinalSuffixes { get; init; } = [];

    /// <summary>What is wrong with the date grammar's values, one line each; empty when nothing is.</summary>
    public IEnumerable<string> Problems() =>
        Months.Where(m => m.Value is < 1 or > 12).Select(m => $"month '{m.Key}' is {m.Value}; use 1 (January) to 12 (December)");
}
