using System.Globalization;
using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Phrases;

/// <summary>
/// Reads a date around a month name: the day before it ("the 5th of January", "5. Januar", "le 5 janvier", "el 5 de
/// enero") or after it ("January 5th", "January the 5th"), written in digits, 1 to 31.
/// </summary>
internal sealed class CalendarDateReader
{
    private const int MaxDayDigits = 2;

    private readonly Dictionary<string, int> months;
    private readonly HashSet<string> fillers;
    private readonly HashSet<string> ordinalSuffixes;

    public CalendarDateReader(CalendarDateGrammar grammar, Tokenizer tokenizer)
    {
        months = grammar.Months.ToDictionary(m => string.Concat(tokenizer.TokenizePhrase(m.Key)), m => m.Value);
        fillers = [.. grammar.Fillers.SelectMany(tokenizer.TokenizePhrase)];
        ordinalSuffixes = [.. grammar.OrdinalSuffixes.SelectMany(tokenizer.TokenizePhrase)];
    }

    /// <summary>The month names, for reading a recogniser's slips.</summary>
    public IEnumerable<string> Words => months.Keys;

    /// <summary>The date whose month is word <paramref name="i"/>: month, day, and the words it spans; null when there is none.</summary>
    public (int Month, int Day, int First, int Last)? At(string[] words, int i)
    {
        if (!months.TryGetValue(words[i], out var month))
        {
            return null;
        }

        var before = i - 1;
        while (before >= 0 && fillers.Contains(words[before]))
        {
            before--;
        }

        if (before >= 0 && DayOf(words[before]) is { } dayBefore)
        {
            return (month, dayBefore, before, i);
        }

        var after = i + 1;
        while (after < words.Length && fillers.Contains(words[after]))
        {
            after++;
        }

        return after < words.Length && DayOf(words[after]) is { } dayAfter ? (month, dayAfter, i, after) : null;
    }

    // "5", "05", "5th", "1er": a day of the month.
    private int? DayOf(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= MaxDayDigits
            && (digits == word.Length || ordinalSuffixes.Contains(word[digits..]))
            && int.Parse(word.AsSpan(0, digits), CultureInfo.InvariantCulture) is var day and >= 1 and <= 31
            ? day : null;
    }
}
