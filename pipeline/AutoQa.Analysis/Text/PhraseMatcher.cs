using AutoQa.Transcripts;

namespace AutoQa.Analysis.Text;

/// <summary>
/// Finds every intent's phrasings in a token sequence, forgiving recognition errors at the word level: a
/// phrase matches when a local alignment with the tokens costs at most its budget (a dropped, changed or extra
/// short function word costs half a word, any other word a whole one) and the matched tokens hold the phrase's
/// anchor when it has four words or fewer: the word the pack marks, else the longest ("thank you [for] calling" is
/// not "thank you for waiting" without "waiting"). A marked anchor must be held however long the phrase: "[security]
/// code on the back" is no card-number request. A negation is never forgiven, missing from a phrase or added inside
/// one: "is [not] a fake" is no match. An inverted index limits the alignment to phrases that share enough words
/// with the turn. A phrase of three words or more that loses one word more than its budget forgives, anchor still
/// held and more than half of its words heard, is returned as a partial match: not enough to assert the phrase was
/// said, too much to assert it was not. So is a four-word phrase that lost its anchor and nothing else, and one cut
/// off by the end of its clause, anchor or not ("we'd really appreciate your [review]").
/// </summary>
internal sealed class PhraseMatcher
{
    // Longer phrases say enough with their other words to lose even the longest one.
    private const int MaxAnchoredWords = 4;

    // A partial match may lose one whole word more than a match; two-word phrases are never partial.
    private const int PartialExtraCost = 2;
    private const int PartialMinWords = 3;
    private const int AnchorlessPartialMinWords = 4;

    private readonly Vocabulary vocabulary;
    private readonly PhrasePattern[] patterns;
    private readonly int[][] patternsByWord;
    private readonly HashSet<int> negations;
    private readonly int negationReach;

    public PhraseMatcher(Vocabulary vocabulary, IReadOnlyList<PhrasePattern> patterns, IEnumerable<int> negations, int negationReach)
    {
        this.vocabulary = vocabulary;
        this.patterns = [.. patterns];
        this.negations = [.. negations];
        this.negationReach = negationReach;
        var index = new List<int>[vocabulary.Count];
        for (var p = 0; p < this.patterns.Length; p++)
        {
            foreach (var word in this.patterns[p].Words.Distinct())
            {
                (index[word] ??= []).Add(p);
            }
        }

        patternsByWord = Array.ConvertAll(index, list => list?.ToArray() ?? []);
    }

    /// <summary>The pack words every token may be.</summary>
    public TokenIds Identify(IReadOnlyList<Token> tokens)
    {
        var candidates = new int[tokens.Count][];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = vocabulary.Candidates(tokens[i].Text);
        }

        return new TokenIds(candidates);
    }

    /// <summary>
    /// The best match of every phrase <paramref name="speaker"/> may say that matches, in full or in part, at most one
    /// per phrase: a customer's "I am so disappointed" holds no empathy ("you are so disappointed") that could hide its
    /// frustration. <see cref="Speaker.Unknown"/> looks for every phrase.
    /// </summary>
    public List<PhraseMatch> Match(IReadOnlyList<Token> tokens, TokenIds ids, Speaker speaker)
    {
        var matches = new List<PhraseMatch>();
        var extraCosts = new int[tokens.Count];
        for (var i = 0; i < extraCosts.Length; i++)
        {
            extraCosts[i] = ids[i] >= 0 && negations.Contains(ids[i]) ? Unforgivable : WordCost(tokens[i].Text);
        }

        var (row, next) = (new Cell[ids.Count + 1], new Cell[ids.Count + 1]);
        var hits = new Dictionary<int, int>();
        var seen = new HashSet<int>();
        for (var t = 0; t < ids.Count; t++)
        {
            foreach (var id in ids.CandidatesOf(t))
            {
                foreach (var p in seen.Add(id) ? patternsByWord[id] : [])
                {
                    hits[p] = hits.GetValueOrDefault(p) + 1;
                }
            }
        }

        foreach (var (p, count) in hits)
        {
            var pattern = patterns[p];
            if (speaker != Speaker.Unknown && pattern.SpokenBy != Speaker.Unknown && pattern.SpokenBy != speaker)
            {
                continue;
            }

            var partialEdits = pattern.Words.Length >= PartialMinWords ? 1 : 0;
            if (count < Math.Max(1, pattern.DistinctWords - pattern.MaxEdits - partialEdits))
            {
                continue;
            }

            if (Align(pattern, ids, extraCosts, row, next) is var (first, last, cost, edits)
                && cost <= pattern.Budget + (partialEdits * PartialExtraCost) && edits <= pattern.MaxEdits + partialEdits)
            {
                var anchored = HoldsAnchor(pattern, ids, first, last);
                var partial = cost > pattern.Budget || edits > pattern.MaxEdits || !anchored;
                if (!partial || HeardInPart(pattern, ids, first, last, anchored, EndsClause(tokens, last)))
                {
                    var gapped = partial && Gapped(pattern, ids, first, last, EndsClause(tokens, last));
                    matches.Add(new PhraseMatch(pattern.Intent, first, last, cost, IsNegated(tokens, ids, first), partial, gapped));
                }
            }
        }

        matches.RemoveAll(m => matches.Exists(other => Covers(other, m)));
        return matches;
    }

    // A phrase inside a longer phrase of another intent is part of that phrase: the "je comprends" of
    // "si je comprends bien" restates the need, it is not empathy.
    private static bool Covers(PhraseMatch outer, PhraseMatch inner) =>
        !outer.Partial
        && outer.Intent != inner.Intent
        && outer.FirstToken <= inner.FirstToken && inner.LastToken <= outer.LastToken
        && outer.LastToken - outer.FirstToken > inner.LastToken - inner.FirstToken;

    /// <summary>The cost of a phrase word that must be heard, or of a negation inside a phrase: more than any budget.</summary>
    public const int Unforgivable = 1000;

    /// <summary>The cost, in half-words, of a word missing or extra: short function words cost half.</summary>
    public static int WordCost(string word) => word.Length <= 3 ? 1 : 2;

    private static bool HoldsAnchor(PhrasePattern pattern, TokenIds ids, int first, int last) =>
        (pattern.Words.Length > MaxAnchoredWords && !pattern.AnchorMarked) || ids.Holds(pattern.Words[pattern.Anchor], first, last);

    // A phrase heard in part must still be mostly there: "survey by email" is not half of "reach us by email". Without
    // its anchor, a phrase of four words or more must have lost nothing else: "cela résout votre [problème]"; or its
    // clause ends on one of its words before its last, as recognisers cut a turn's last word: "we'd really appreciate
    // your [review]" (but not "we appreciate your patience").
    private static bool HeardInPart(PhrasePattern pattern, TokenIds ids, int first, int last, bool anchored, bool endsClause)
    {
        var held = 0;
        foreach (var word in pattern.Words)
        {
            held += ids.Holds(word, first, last) ? 1 : 0;
        }

        var cutOff = endsClause && !ids.Holds(pattern.Words[^1], first, last) && Array.Exists(pattern.Words, word => ids.Is(last, word));
        return anchored || cutOff
            ? held * 2 > pattern.Words.Length
            : pattern.Words.Length >= AnchorlessPartialMinWords && held == pattern.Words.Length - 1;
    }

    // Every token from first to last is one of the phrase's words, in its order, from its first word on; after a lost
    // word only short function words are heard, as a heard content word would make the rest another phrase ("your
    // [order] number" is not "your [card] number"); and the words heard weigh more than twice the words lost: "it's
    // [fake]", "not a [genuine]", "su número de [pedido->]" and "I already [told->] you" say nothing of a red line.
    private static bool Gapped(PhrasePattern pattern, TokenIds ids, int first, int last, bool endsClause)
    {
        var (w, heard, lost) = (0, 0, 0);
        for (var token = first; token <= last; token++, w++)
        {
            while (w < pattern.Words.Length && !ids.Is(token, pattern.Words[w]))
            {
                lost += pattern.WordCosts[w++];
            }

            if (w == pattern.Words.Length || (token == first && w > 0) || (lost > 0 && pattern.WordCosts[w] > 1))
            {
                return false;
            }

            heard += pattern.WordCosts[w];
        }

        lost += pattern.WordCosts[w..].Sum();
        return (w == pattern.Words.Length || endsClause) && heard > 2 * lost;
    }

    private static bool EndsClause(IReadOnlyList<Token> tokens, int i) => i + 1 == tokens.Count || tokens[i + 1].Clause != tokens[i].Clause;

    private bool IsNegated(IReadOnlyList<Token> tokens, TokenIds ids, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - negationReach; i--)
        {
            if (tokens[i].Clause != tokens[first].Clause)
            {
                return false;
            }

            if (ids[i] >= 0 && negations.Contains(ids[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Semi-global alignment: the phrase must be consumed whole, the tokens may start and end anywhere. Alongside
    // the cost it tracks where the alignment started and how many edits it made on its cheapest path.
    // row and next are scratch rows of ids.Count + 1 cells, shared by every alignment of one token sequence.
    private static (int First, int Last, int Cost, int Edits)? Align(PhrasePattern pattern, TokenIds ids, int[] extraCosts, Cell[] row, Cell[] next)
    {
        var n = ids.Count;
        for (var j = 0; j <= n; j++)
        {
            row[j] = new Cell(0, j, 0);
        }

        for (var i = 0; i < pattern.Words.Length; i++)
        {
            var wordCost = pattern.WordCosts[i];
            next[0] = new Cell(row[0].Cost + wordCost, 0, row[0].Edits + 1);
            for (var j = 1; j <= n; j++)
            {
                var same = ids.Is(j - 1, pattern.Words[i]);
                var changed = extraCosts[j - 1] == Unforgivable ? Unforgivable : wordCost;
                var diagonal = new Cell(row[j - 1].Cost + (same ? 0 : changed), row[j - 1].Start, row[j - 1].Edits + (same ? 0 : 1));
                var missing = new Cell(row[j].Cost + wordCost, row[j].Start, row[j].Edits + 1);
                var extra = new Cell(next[j - 1].Cost + extraCosts[j - 1], next[j - 1].Start, next[j - 1].Edits + 1);
                next[j] = Cheaper(Cheaper(diagonal, missing), extra);
            }

            (row, next) = (next, row);
        }

        var best = -1;
        for (var j = 1; j <= n; j++)
        {
            if (best < 0 || row[j].Cost < row[best].Cost)
            {
                best = j;
            }
        }

        return best < 0 ? null : (Math.Min(row[best].Start, best - 1), best - 1, row[best].Cost, row[best].Edits);
    }

    private static Cell Cheaper(Cell a, Cell b) => b.Cost < a.Cost || (b.Cost == a.Cost && b.Edits < a.Edits) ? b : a;

    private readonly record struct Cell(int Cost, int Start, int Edits);
}
