using AutoQa.Transcripts;

namespace AutoQa.Analysis.Text;

/// <summary>
/// Masks card numbers before any text is kept: a run of 12 or more digits, written ("4111 1111 1111 1111") or
/// spoken one word at a time ("four one one one ..."), becomes '#' characters in every word it spans.
/// </summary>
internal sealed class SensitiveDataMasker(IEnumerable<string> digitWords)
{
    private const int MinimumDigits = 12;
    private readonly HashSet<string> digitWords = new(digitWords, StringComparer.OrdinalIgnoreCase);

    /// <summary>The words with every card-number-like run masked; the same list when nothing needed masking.</summary>
    public IReadOnlyList<TranscriptWord> Mask(IReadOnlyList<TranscriptWord> words)
    {
        List<TranscriptWord>? masked = null;
        var runStart = 0;
        var runDigits = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            var digits = i < words.Count ? DigitsIn(words[i].Text) : 0;
            if (digits > 0)
            {
                runDigits += digits;
                continue;
            }

            if (runDigits >= MinimumDigits)
            {
                masked ??= [.. words];
                for (var k = runStart; k < i; k++)
                {
                    masked[k] = masked[k] with { Text = new string('#', masked[k].Text.Length) };
                }
            }

            runStart = i + 1;
            runDigits = 0;
        }

        return masked ?? words;
    }

    // A word counts as digits when it is only digits and separators, or a spoken digit.
    private int DigitsIn(string word)
    {
        var trimmed = word.Trim('.', ',', '?', '!', ';', ':');
        if (digitWords.Contains(trimmed))
        {
            return 1;
        }

        var digits = 0;
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '-'))
            {
                return 0;
            }
        }

        return digits;
    }
}
