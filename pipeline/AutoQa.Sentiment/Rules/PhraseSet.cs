using AutoQa.Sentiment.Tokenization;

namespace AutoQa.Sentiment.Rules;

/// <summary>Single words and multi-word phrases, normalised like the text they are matched against.</summary>
internal sealed class PhraseSet
{
    private readonly string[][] phrases;

    public PhraseSet(IEnumerable<string> phrases)
    {
        this.phrases = [.. phrases
            .Select(phrase => TextNormalizer.Words(phrase, foldAccents: true).ToArray())
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)];
    }

    /// <summary>The number of words of the longest phrase starting at <paramref name="start"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<string> words, int start)
    {
        foreach (var phrase in phrases)
        {
            if (Matches(words, start, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Every word of every phrase.</summary>
    public IEnumerable<string> Words() => phrases.SelectMany(words => words);

    /// <summary>Whether a phrase starts at <paramref name="start"/>.</summary>
    public bool Contains(IReadOnlyList<string> words, int start) => MatchAt(words, start) > 0;

    private static bool Matches(IReadOnlyList<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
