using System.Globalization;
using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Phrases;

/// <summary>
/// Finds a promised time frame in a turn's tokens and normalises it to an ISO 8601 duration from the call's
/// start: "within 48 hours" -> PT48H, "within an hour" -> PT1H, "by tomorrow" -> P1D, "in 3 business days" -> P3D,
/// and, on a call made on a Wednesday, "by Friday" -> P2D (in days from the call's day; without it, no duration).
/// A number and a unit make a promise only after a lead ("within", "in"): "it stopped after a week" and a
/// misheard "have a [nice] day" are no deadlines. The grammar's words forgive a recogniser's spelling slip
/// ("withn", "hurs") in tokens of four letters or more; shorter ones ("for" is not "four") must be exact. A unit
/// written onto the digits counts ("within 48h" -> PT48H) unless a unit word follows ("in 3h business days" -> P3D).
/// A promise that lost one of its three parts ("within 48 [hours]", "within [48] hours", "within [an->scanned] hour",
/// "[within] 48 hours") is a partial time frame: not enough to extract a deadline, too much to assert none was
/// given. So is a dangling lead, one that ends its clause ("you will have an answer by [tomorrow].").
/// </summary>
internal sealed class DeadlineParser
{
    private const int MinimumFuzzyLength = 4;

    private readonly Vocabulary vocabulary = new();
    private readonly Dictionary<string, int> numbers;
    private readonly Dictionary<string, string> units;
    private readonly HashSet<string> connectors;
    private readonly HashSet<string> fillers;
    private readonly List<string[]> excludeBefore;
    private readonly List<string[]> excludeAfter;
    private readonly List<string[]> leads;
    private readonly List<string[]> danglingLeads;
    private readonly Dictionary<string, int> weekdays;
    private readonly List<string[]> weekdayLeads;
    private readonly int leadReach;
    private readonly List<(string[] Words, string Duration)> fixedExpressions;

    public DeadlineParser(DeadlineGrammar grammar, Tokenizer tokenizer)
    {
        numbers = Normalised(grammar.Numbers, tokenizer);
        units = Normalised(grammar.Units, tokenizer);
        connectors = [.. grammar.Connectors.SelectMany(tokenizer.TokenizePhrase)];
        fillers = [.. grammar.Fillers.SelectMany(tokenizer.TokenizePhrase)];
        excludeBefore = Phrases(grammar.ExcludeBefore, tokenizer);
        excludeAfter = Phrases(grammar.ExcludeAfter, tokenizer);
        leads = Phrases(grammar.Leads, tokenizer);
        danglingLeads = Phrases(grammar.DanglingLeads, tokenizer);
        weekdays = Normalised(grammar.Weekdays, tokenizer);
        weekdayLeads = Phrases(grammar.WeekdayLeads, tokenizer);
        leadReach = grammar.LeadReach;
        fixedExpressions = [.. grammar.Fixed.Select(f => (tokenizer.TokenizePhrase(f.Key).ToArray(), f.Value))];
        foreach (var word in numbers.Keys.Concat(units.Keys).Concat(weekdays.Keys).Concat(leads.Concat(weekdayLeads).SelectMany(w => w)))
        {
            vocabulary.Add(word);
        }
    }

    /// <summary>
    /// The first time frame in <paramref name="tokens"/>: its duration and token span, or null. A day name's
    /// duration counts from <paramref name="callDay"/>; it is null when the call's day is unknown.
    /// </summary>
    public (string? Duration, int First, int Last)? Find(IReadOnlyList<Token> tokens, DateOnly? callDay)
    {
        var words = Read(tokens);
        for (var i = 0; i < words.Length; i++)
        {
            if (NumberAt(words, i) is var (value, afterNumber, joinedUnit)
                && (UnitAt(words, afterNumber) ?? joinedUnit) is var (unit, last)
                && !Excluded(words, i, last)
                && LeadBefore(words, i, leads) is not null)
            {
                return (Format(value, unit), i, last);
            }

            if (weekdays.TryGetValue(words[i], out var day) && LeadBefore(words, i, weekdayLeads) is { } dayLead)
            {
                return (callDay is { } from ? DaysUntil(from, day) : null, dayLead, i);
            }

            foreach (var (phrase, duration) in fixedExpressions)
            {
                if (StartsWith(words, i, phrase))
                {
                    return (duration, i, i + phrase.Length - 1);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The first promise in <paramref name="tokens"/> heard without one of its parts: a lead and a number
    /// (two or more) with no unit, a lead and a unit with no number, a number (two or more) and a unit with
    /// no lead, or a dangling lead that ends its clause. Null when there is none; call it where
    /// <see cref="Find"/> found nothing.
    /// </summary>
    public (int First, int Last)? FindPartial(IReadOnlyList<Token> tokens)
    {
        var words = Read(tokens);
        for (var i = 0; i < words.Length; i++)
        {
            if (NumberAt(words, i) is var (value, afterNumber, joinedUnit) && value >= 2)
            {
                var unit = UnitAt(words, afterNumber) ?? joinedUnit;
                var lead = LeadBefore(words, i, leads);
                var last = unit?.Last ?? afterNumber - 1;
                if ((unit is null) != (lead is null) && !Excluded(words, i, last))
                {
                    return (lead ?? i, last);
                }
            }

            if (leads.Find(lead => StartsWith(words, i, lead)) is { } heardLead
                && (UnitAt(words, i + heardLead.Length) ?? UnitAt(words, i + heardLead.Length + 1)) is var (_, unitLast))
            {
                return (i, unitLast);
            }

            if (danglingLeads.Find(lead => StartsWith(words, i, lead) && EndsClause(tokens, i + lead.Length - 1)) is { } dangling)
            {
                return (i, i + dangling.Length - 1);
            }
        }

        return null;
    }

    // Each token as the grammar word it is, or as a slip from, or as itself.
    private string[] Read(IReadOnlyList<Token> tokens)
    {
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var text = tokens[i].Text;
            words[i] = text.Length >= MinimumFuzzyLength && vocabulary.Find(text) is var id and >= 0 ? vocabulary[id] : text;
        }

        return words;
    }

    // The number starting at word i, the word after it, and the unit written onto its digits ("48h"), if any.
    private (int Value, int Next, (string Unit, int Last)? JoinedUnit)? NumberAt(string[] words, int i)
    {
        var value = 0;
        var j = i;
        while (j < words.Length)
        {
            if (int.TryParse(words[j], NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
            {
                value += digits;
            }
            else if (JoinedUnitOf(words[j]) is var (joinedDigits, unit))
            {
                return (value + joinedDigits, j + 1, unit is null ? null : (unit, j));
            }
            else if (numbers.TryGetValue(words[j], out var word))
            {
                value += word;
            }
            else if (j > i && connectors.Contains(words[j]) && j + 1 < words.Length && numbers.ContainsKey(words[j + 1]))
            {
                j++;
                continue;
            }
            else
            {
                break;
            }

            j++;
        }

        return j > i && value > 0 ? (value, j, null) : null;
    }

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

    private (string Unit, int Last)? UnitAt(string[] words, int i)
    {
        for (var j = i; j < words.Length && j <= i + 2; j++)
        {
            if (units.TryGetValue(words[j], out var unit))
            {
                return (unit, j);
            }

            if (!fillers.Contains(words[j]))
            {
                return null;
            }
        }

        return null;
    }

    // Exclusions are phrases: "au bout de" must end right before the number, "zu spät" start right after the unit.
    private bool Excluded(string[] words, int first, int last) =>
        excludeBefore.Exists(phrase => first >= phrase.Length && StartsWith(words, first - phrase.Length, phrase))
        || excludeAfter.Exists(phrase => StartsWith(words, last + 1, phrase));

    // Where the lead that makes the time at <paramref name="time"/> (a number or a day) a promise starts; a grammar
    // without such leads takes every time frame as a promise.
    private int? LeadBefore(string[] words, int time, List<string[]> candidates)
    {
        if (candidates.Count == 0)
        {
            return time;
        }

        foreach (var lead in candidates)
        {
            for (var start = Math.Max(0, time - lead.Length - leadReach); start <= time - lead.Length; start++)
            {
                if (StartsWith(words, start, lead))
                {
                    return start;
                }
            }
        }

        return null;
    }

    private static bool EndsClause(IReadOnlyList<Token> tokens, int i) => i + 1 == tokens.Count || tokens[i + 1].Clause != tokens[i].Clause;

    private static bool StartsWith(string[] words, int i, string[] phrase)
    {
        if (i + phrase.Length > words.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[i + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private static List<string[]> Phrases(List<string> phrases, Tokenizer tokenizer) =>
        [.. phrases.Select(p => tokenizer.TokenizePhrase(p).ToArray()).Where(p => p.Length > 0)];

    // Pack authors write "días" or "heures"; the tokens they are compared with are accent-folded.
    private static Dictionary<string, T> Normalised<T>(Dictionary<string, T> entries, Tokenizer tokenizer)
    {
        var normalised = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            normalised.TryAdd(string.Concat(tokenizer.TokenizePhrase(key)), value);
        }

        return normalised;
    }

    // Days from the call's day to the first given day after it: a week when it is the call's own day.
    private static string DaysUntil(DateOnly callDay, int isoDay)
    {
        var today = callDay.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)callDay.DayOfWeek;
        var days = (isoDay - today + 7) % 7;
        return $"P{(days == 0 ? 7 : days)}D";
    }

    private static string Format(int value, string unit) => unit switch
    {
        "H" => $"PT{value}H",
        "M" => $"PT{value}M",
        "W" => $"P{value * 7}D",
        _ => $"P{value}D",
    };
}
