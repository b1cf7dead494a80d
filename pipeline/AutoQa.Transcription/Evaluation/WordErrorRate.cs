using System.Text;

namespace AutoQa.Transcription.Evaluation;

/// <summary>
/// Word error rate of a hypothesis against a reference: the fewest substitutions, deletions and insertions
/// (Levenshtein distance over words) divided by the reference's word count. Both texts are normalised first:
/// lower case, punctuation removed (apostrophes inside words kept, hyphens split words).
/// </summary>
/// <param name="Substitutions">Reference words replaced by another word.</param>
/// <param name="Deletions">Reference words missing from the hypothesis.</param>
/// <param name="Insertions">Hypothesis words with no reference word.</param>
/// <param name="ReferenceWords">Words in the normalised reference.</param>
public sealed record WordErrorRate(int Substitutions, int Deletions, int Insertions, int ReferenceWords)
{
    /// <summary>Errors per reference word: 0 is perfect; above 1 when the hypothesis inserts many words. 0 for two empty texts, 1 for an empty reference with words inserted.</summary>
    public double Rate => ReferenceWords == 0
        ? (Insertions == 0 ? 0 : 1)
        : (double)(Substitutions + Deletions + Insertions) / ReferenceWords;

    /// <summary>Aligns <paramref name="hypothesis"/> to <paramref name="reference"/> and counts the errors.</summary>
    public static WordErrorRate Measure(string reference, string hypothesis)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(hypothesis);
        var expected = Normalise(reference);
        var actual = Normalise(hypothesis);

        // cost[j] holds (errors, substitutions, deletions, insertions) for the current reference prefix.
        var previous = new (int Cost, int S, int D, int I)[actual.Count + 1];
        for (var j = 0; j <= actual.Count; j++)
        {
            previous[j] = (j, 0, 0, j);
        }

        for (var i = 1; i <= expected.Count; i++)
        {
            var current = new (int Cost, int S, int D, int I)[actual.Count + 1];
            current[0] = (i, 0, i, 0);
            for (var j = 1; j <= actual.Count; j++)
            {
                var diagonal = previous[j - 1];
                var match = expected[i - 1] == actual[j - 1]
                    ? diagonal
                    : (diagonal.Cost + 1, diagonal.S + 1, diagonal.D, diagonal.I);
                var deletion = (previous[j].Cost + 1, previous[j].S, previous[j].D + 1, previous[j].I);
                var insertion = (current[j - 1].Cost + 1, current[j - 1].S, current[j - 1].D, current[j - 1].I + 1);
                current[j] = new[] { match, deletion, insertion }.MinBy(step => step.Item1);
            }

            previous = current;
        }

        var best = previous[actual.Count];
        return new WordErrorRate(best.S, best.D, best.I, expected.Count);
    }

    /// <summary>The words of <paramref name="text"/> as compared: lower case, no punctuation.</summary>
    public static IReadOnlyList<string> Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var innerApostrophe = c is '\'' or '\u2019'
                && i > 0 && char.IsLetterOrDigit(text[i - 1])
                && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            cleaned.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : innerApostrophe ? '\'' : ' ');
        }

        return cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
