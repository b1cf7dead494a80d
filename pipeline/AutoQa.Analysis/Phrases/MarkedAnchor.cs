namespace AutoQa.Analysis.Phrases;

/// <summary>
/// A phrasing may mark its anchor, the word a match must hold, between asterisks: "donner votre *avis*". Unmarked,
/// the anchor is the longest word, and "me donner votre numéro" would be half of "donner votre avis".
/// </summary>
internal static class MarkedAnchor
{
    private const char Mark = '*';

    /// <summary>The phrasing without its marks, and the marked word (null when none is marked).</summary>
    public static (string Text, string? Anchor) Split(string phrase)
    {
        var open = phrase.IndexOf(Mark, StringComparison.Ordinal);
        if (open < 0)
        {
            return (phrase, null);
        }

        var close = phrase.IndexOf(Mark, open + 1);
        return (phrase.Replace(Mark.ToString(), "", StringComparison.Ordinal), phrase[(open + 1)..close]);
    }

    /// <summary>What is wrong with a phrasing's marks, or null: one word, between one pair of asterisks.</summary>
    public static string? Problem(string phrase)
    {
        var marks = phrase.Count(c => c == Mark);
        if (marks == 0)
        {
            return null;
        }

        var (_, anchor) = marks == 2 ? Split(phrase) : (phrase, null);
        return anchor is not null && anchor.Any(char.IsLetterOrDigit) && !anchor.Any(char.IsWhiteSpace)
            ? null
            : $"phrase '{phrase}' must mark one word as its anchor, between two asterisks ('donner votre *avis*')";
    }
}
