using System.Globalization;
using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Phrases;

/// <summary>
/// Finds a promised time frame in a turn's tokens and normalises it to an ISO 8601 duration from the call's
/// start: "within 48 hours" -> PT48H, "within an hour" -> PT1H, "by tomorrow" -> P1D, "in 3 business days" -> P3D.
/// A number and a unit make a promise only after a lead ("within", "in"): "it stopped after a week" and a
/// misheard "have a [nice] day" are no deadlines. The grammar's words forgive a recogniser's spelling slip
/// ("withn", "hurs") in tokens of four letters or more; shorter ones ("for" is not "four") must be exact.
/// A promise that lost one of its three parts ("within 48 [hours]", "within [48] hours", "[within] 48 hours")
/// is a partial time frame: not enough to extract a deadline, too much to assert none was given.
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
        leadReach = grammar.LeadReach;
        fixedExpressions = [.. grammar.Fixed.Select(f => (tokenizer.TokenizePhrase(f.Key).ToArray(), f.Value))];
        foreach (var word in numbers.Keys.Concat(units.Keys).Concat(leads.SelectMany(w => w)))
        {
            vocabulary.Add(word);
        }
    }

    /// <summary>The first time frame in <paramref name="tokens"/>: its duration and token span, or null.</summary>
    public (string Duration, int First, int Last)? Find(IReadOnlyList<Token> tokens)
    {
        var words = Read(tokens);
        for (var i = 0; i < words.Length; i++)
        {
            if (NumberAt(words, i) is var (value, afterNumber)
                && UnitAt(words, afterNumber) is var (unit, last)
                && !Excluded(words, i, last)
                && LeadBefore(words, i) is not null)
            {
                return (Format(value, unit), i, last);
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
    /// (two or more) with no unit, a lead and a unit with no number, or a number (two or more) and a unit with
    /// no lead. Null when there is none; call it where <see cref="Find"/> found nothing.
    /// </summary>
    public (int First, int Last)? FindPartial(IReadOnlyList<Token> tokens)
    {
        var words = Read(tokens);
        for (var i = 0; i < words.Length; i++)
        {
            if (NumberAt(words, i) is var (value, afterNumber) && value >= 2)
            {
                var unit = UnitAt(words, afterNumber);
                var lead = LeadBefore(words, i);
                var last = unit?.Last ?? afterNumber - 1;
                if ((unit is null) != (lead is null) && !Excluded(words, i, last))
                {
                    return (lead ?? i, last);
                }
            }

            if (leads.Find(lead => StartsWith(words, i, lead)) is { } heardLead
                && UnitAt(words, i + heardLead.Length) is var (_, unitLast))
            {
                return (i, unitLast);
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

    private (int Value, int Next)? NumberAt(string[] words, int i)
    {
        var value = 0;
        var j = i;
        while (j < words.Length)
        {
            if (int.TryParse(words[j], NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
            {
                value += digits;
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

        return j > i && value > 0 ? (value, j) : null;
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

    // Where the lead that makes the number at <paramref name="number"/> a promise starts; a grammar without leads
    // takes every time frame as a promise.
    private int? LeadBefore(string[] words, int number)
    {
        if (leads.Count == 0)
        {
            return number;
        }

        foreach (var lead in leads)
        {
            for (var start = Math.Max(0, number - lead.Length - leadReach); start <= number - lead.Length; start++)
            {
                if (StartsWith(words, start, lead))
                {
                    return start;
                }
            }
        }

        return null;
    }

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

    private static string Format(int value, string unit) => unit switch
    {
        "H" => $"PT{value}H",
        "M" => $"PT{value}M",
        "W" => $"P{value * 7}D",
        _ => $"P{value}D",
    };
}
