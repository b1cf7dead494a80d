namespace AutoQa.Analysis.Phrases;

/// <summary>Comparisons of a phrase's words with a turn's.</summary>
internal static class WordSequence
{
    /// <summary>True when <paramref name="phrase"/> is said at word <paramref name="i"/> of <paramref name="words"/>.</summary>
    public static bool StartsWith(string[] words, int i, string[] phrase) =>
        i >= 0 && i + phrase.Length <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(i, phrase.Length));

    /// <summary>The first of <paramref name="phrases"/> said at word <paramref name="i"/>, or null (a loop, not a
    /// lambda: it runs at every word of every turn).</summary>
    public static string[]? FirstAt(string[] words, int i, List<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (StartsWith(words, i, phrase))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>The first of <paramref name="phrases"/> said at word <paramref name="i"/>, with its value, or null.</summary>
    public static (string[] Words, T Value)? FirstAt<T>(string[] words, int i, List<(string[] Words, T Value)> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (StartsWith(words, i, phrase.Words))
            {
                return phrase;
            }
        }

        return null;
    }
}
