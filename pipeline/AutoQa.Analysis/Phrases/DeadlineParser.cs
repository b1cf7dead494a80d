using System.Globalization;
using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Phrases;

/// <summary>
/// Finds a promised time frame in a turn's tokens and normalises it to an ISO 8601 duration from the call's
/// start: "within 48 hours" -> PT48H, "within an hour" -> PT1H, "by tomorrow" -> P1D, "in 3 business days" -> P3D.
/// A number and a unit make a promise only after a lead ("within", "in"): "it stopped after a week" and a
/// misheard "have a [nice] day" are no deadlines.
/// </summary>
internal sealed class DeadlineParser
{
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
        excludeBefore = [.. grammar.ExcludeBefore.Select(e => tokenizer.TokenizePhrase(e).ToArray()).Where(e => e.Length > 0)];
        excludeAfter = [.. grammar.ExcludeAfter.Select(e => tokenizer.TokenizePhrase(e).ToArray()).Where(e => e.Length > 0)];
        leads = [.. grammar.Leads.Select(e => tokenizer.TokenizePhrase(e).ToArray()).Where(e => e.Length > 0)];
        leadReach = grammar.LeadReach;
        fixedExpressions = [.. grammar.Fixed.Select(f => (tokenizer.TokenizePhrase(f.Key).ToArray(), f.Value))];
    }

    /// <summary>The first time frame in <paramref name="tokens"/>: its duration and token span, or null.</summary>
    public (string Duration, int First, int Last)? Find(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NumberAt(tokens, i) is var (value, afterNumber)
                && UnitAt(tokens, afterNumber) is var (unit, last)
                && !Excluded(tokens, i, last)
                && Promised(tokens, i))
            {
                return (Format(value, unit), i, last);
            }

            foreach (var (words, duration) in fixedExpressions)
            {
                if (StartsWith(tokens, i, words))
                {
                    return (duration, i, i + words.Length - 1);
                }
            }
        }

        return null;
    }

    private (int Value, int Next)? NumberAt(IReadOnlyList<Token> tokens, int i)
    {
        var value = 0;
        var j = i;
        while (j < tokens.Count)
        {
            if (int.TryParse(tokens[j].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
            {
                value += digits;
            }
            else if (numbers.TryGetValue(tokens[j].Text, out var word))
            {
                value += word;
            }
            else if (j > i && connectors.Contains(tokens[j].Text) && j + 1 < tokens.Count && numbers.ContainsKey(tokens[j + 1].Text))
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

    private (string Unit, int Last)? UnitAt(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i; j < tokens.Count && j <= i + 2; j++)
        {
            if (units.TryGetValue(tokens[j].Text, out var unit))
            {
                return (unit, j);
            }

            if (!fillers.Contains(tokens[j].Text))
            {
                return null;
            }
        }

        return null;
    }

    // Exclusions are phrases: "au bout de" must end right before the number, "zu spät" start right after the unit.
    private bool Excluded(IReadOnlyList<Token> tokens, int first, int last) =>
        excludeBefore.Exists(words => first >= words.Length && StartsWith(tokens, first - words.Length, words))
        || excludeAfter.Exists(words => StartsWith(tokens, last + 1, words));

    private bool Promised(IReadOnlyList<Token> tokens, int number) =>
        leads.Count == 0
        || leads.Exists(words => Enumerable.Range(number - words.Length - leadReach, leadReach + 1).Any(start => start >= 0 && StartsWith(tokens, start, words)));

    private static bool StartsWith(IReadOnlyList<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[i + k].Text != words[k])
            {
                return false;
            }
        }

        return true;
    }

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
