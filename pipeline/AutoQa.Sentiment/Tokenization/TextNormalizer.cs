using System.Text;

namespace AutoQa.Sentiment.Tokenization;

/// <summary>
/// Turns written or transcribed text into words the same way at training and at run time: lower case,
/// optional accent folding, apostrophes dropped ("don't" and a transcript's "dont" are one word), every other
/// character that is not a letter or digit a word boundary. Punctuation and case therefore never change a
/// score, which is what makes written training sentences and unpunctuated speech transcripts comparable.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Splits <paramref name="text"/> into normalised words.</summary>
    /// <param name="text">Any text; empty gives no words.</param>
    /// <param name="foldAccents">Maps accented Latin letters to their base letter ("é" to "e", "ß" to "ss").</param>
    public static IReadOnlyList<string> Words(string text, bool foldAccents)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            if (IsApostrophe(raw))
            {
                continue;
            }

            if (!char.IsLetterOrDigit(raw))
            {
                Flush(word, words);
                continue;
            }

            var lower = char.ToLowerInvariant(raw);
            if (foldAccents)
            {
                AccentFolding.Append(word, lower);
            }
            else
            {
                word.Append(lower);
            }
        }

        Flush(word, words);
        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
