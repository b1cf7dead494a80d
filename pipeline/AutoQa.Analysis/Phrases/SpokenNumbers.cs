using System.Globalization;

namespace AutoQa.Analysis.Phrases;

/// <summary>
/// Reads numbers as recognisers write them and agents say them: digits ("48"), number words that add up as tens and
/// ones ("forty eight", "cuarenta y ocho"), ranges that promise their end ("3 to 5", "24-48"), and digits with a
/// unit or a slip written onto them ("48h"). A number of a thousand or more is no time frame ("order 00123842").
/// </summary>
internal sealed class SpokenNumbers(
    Dictionary<string, int> numbers, Dictionary<string, string> units, HashSet<string> connectors, HashSet<string> rangeWords)
{
    /// <summary>
    /// The number starting at word i (a range's end: "2 to 3", "24-48"), the word after it, and the unit written
    /// onto its digits ("48h"), if any.
    /// </summary>
    public (int Value, int Next, (string Unit, int Last)? JoinedUnit)? NumberAt(string[] words, int i)
    {
        if (OneNumberAt(words, i) is not var (value, next, joinedUnit))
        {
            return null;
        }

        var rangeEnd = joinedUnit is not null || next >= words.Length ? -1
            : rangeWords.Contains(words[next]) ? next + 1
            : char.IsAsciiDigit(words[i][0]) && char.IsAsciiDigit(words[next][0]) ? next
            : -1;
        return rangeEnd > 0 && OneNumberAt(words, rangeEnd) is var (end, afterEnd, endUnit) && end > value
            ? (end, afterEnd, endUnit)
            : (value, next, joinedUnit);
    }

    // One number: digits, or number words that make a compound ("forty eight", "cuarenta y ocho"): tens and then
    // a smaller number. "two three days" is no compound.
    private (int Value, int Next, (string Unit, int Last)? JoinedUnit)? OneNumberAt(string[] words, int i)
    {
        if (i >= words.Length)
        {
            return null;
        }

        if (int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            return IsTimeFrame(digits) ? (digits, i + 1, null) : null;
        }

        if (JoinedUnitOf(words[i]) is var (joinedDigits, unit))
        {
            return IsTimeFrame(joinedDigits) ? (joinedDigits, i + 1, unit is null ? null : (unit, i)) : null;
        }

        if (!numbers.TryGetValue(words[i], out var value))
        {
            return null;
        }

        var next = i + 1;
        var unitsAt = next < words.Length && connectors.Contains(words[next]) ? next + 1 : next;
        if (value % 10 == 0 && unitsAt < words.Length && numbers.TryGetValue(words[unitsAt], out var ones) && ones < 10)
        {
            return (value + ones, unitsAt + 1, null);
        }

        return (value, next, null);
    }

    /// <summary>One number at word i, no range, nothing written onto it (an hour: "five", "17"), and the word after it.</summary>
    public (int Value, int Next)? SingleNumberAt(string[] words, int i) =>
        OneNumberAt(words, i) is var (value, next, joinedUnit) && joinedUnit is null ? (value, next) : null;

    // Digits with letters written onto them: a unit ("48h", "24hrs"), a clock time the grammar has no unit for
    // ("17h" in French), or a recogniser's slip ("3h business days"); the unit is null unless the grammar has it.
    private (int Digits, string? Unit)? JoinedUnitOf(string word)
    {
        var split = 0;
        while (split < word.Length && char.IsAsciiDigit(word[split]))
        {
            split++;
        }

        return split > 0 && split < word.Length && char.IsAsciiLetter(word[split])
            && int.TryParse(word.AsSpan(0, split), NumberStyles.None, CultureInfo.InvariantCulture, out var digits)
            ? (digits, units.GetValueOrDefault(word[split..]))
            : null;
    }

    private static bool IsTimeFrame(int number) => number is > 0 and < 1000;
}
