namespace AutoQa.Analysis.Text;

/// <summary>
/// The pack words the tokens of one turn may be: for each token the first candidate (-1 for a word no phrase
/// uses), and, for a spelling slip that fits several pack words ("ave": "avec" or "avez"), every candidate.
/// </summary>
internal sealed class TokenIds
{
    private readonly int[] first;
    private readonly int[][] candidates;

    public TokenIds(int[][] candidates)
    {
        this.candidates = candidates;
        first = Array.ConvertAll(candidates, c => c.Length > 0 ? c[0] : -1);
    }

    /// <summary>The number of tokens.</summary>
    public int Count => first.Length;

    /// <summary>The first candidate of token <paramref name="token"/>, or -1.</summary>
    public int this[int token] => first[token];

    /// <summary>Every candidate of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<int> CandidatesOf(int token) => candidates[token];

    /// <summary>True when token <paramref name="token"/> may be the pack word <paramref name="word"/>.</summary>
    public bool Is(int token, int word) => first[token] == word || (candidates[token].Length > 1 && Array.IndexOf(candidates[token], word) >= 0);

    /// <summary>True when a token from <paramref name="from"/> to <paramref name="to"/> (inclusive) may be <paramref name="word"/>.</summary>
    public bool Holds(int word, int from, int to)
    {
        for (var token = from; token <= to; token++)
        {
            if (Is(token, word))
            {
                return true;
            }
        }

        return false;
    }
}
