using AutoQa.Analysis.Text;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>
/// Sentences Whisper writes over silence or hold music, learnt from the subtitles of its training videos ("Thanks
/// for watching!", "Subtitles by the Amara.org community"): no one on a support call says them, so they are no one's
/// speech. Left in, one written over hold music would be the agent back on the line, splitting the hold. The phrasings
/// come from every phrase pack, whatever the call's language, since Whisper writes them in any. Only a whole
/// sentence or clause of the phrasing counts, punctuation or the segment's edge on both sides. A segment that is
/// nothing but a few words over and over is a loop Whisper fell into over noise, no one's speech either.
/// </summary>
internal sealed class Hallucinations
{
    private const int MaxLoopWords = 8;
    private static readonly Tokenizer Tokenizer = new(new Dictionary<string, string[]>(StringComparer.Ordinal));
    private static readonly char[] ClauseEnds = ['.', ',', '!', '?', ';', ':', '…'];

    private readonly List<List<string>> phrasings;

    // The phrasings' last words as written ("watching", "d'Amara.org"): a segment without one, the rule for nearly
    // every segment, is passed over without being tokenised.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lastWords;

    /// <summary>Reads the phrasings; an empty one is ignored.</summary>
    public Hallucinations(IEnumerable<string> phrasings)
    {
        var written = phrasings.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        this.phrasings = [.. written.Select(Tokenizer.TokenizePhrase).Where(tokens => tokens.Count > 0)];
        lastWords = written.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd(ClauseEnds))
            .ToHashSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The words of <paramref name="words"/> (one segment's) that are not part of a hallucinated sentence, none when the
    /// segment is a loop; the same list when neither is.
    /// </summary>
    public IReadOnlyList<TranscriptWord> Without(IReadOnlyList<TranscriptWord> words)
    {
        if (IsLoop(words))
        {
            return [];
        }

        if (!EndsAPhrasing(words))
        {
            return words;
        }

        var tokens = new List<Token>(words.Count + 4);
        var clause = 0;
        for (var i = 0; i < words.Count; i++)
        {
            Tokenizer.Append(words[i].Text, i, ref clause, tokens);
        }

        HashSet<int>? hallucinated = null;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (start > 0 && tokens[start - 1].Clause == tokens[start].Clause)
            {
                continue;
            }

            foreach (var phrasing in phrasings)
            {
                if (IsWholeClauseAt(tokens, start, phrasing))
                {
                    hallucinated ??= [];
                    hallucinated.UnionWith(tokens.Skip(start).Take(phrasing.Count).Select(t => t.Word));
                }
            }
        }

        return hallucinated is null ? words : [.. words.Where((_, i) => !hallucinated.Contains(i))];
    }

    // Whisper stuck in a loop over noise or music: the same one to eight words said over and over, and nothing else
    // ("Thank you. Thank you. Thank you. Thank you."). Four rounds at least, six of a single word.
    private static bool IsLoop(IReadOnlyList<TranscriptWord> words)
    {
        for (var period = 1; period <= MaxLoopWords && words.Count >= period * MinimumRounds(period); period++)
        {
            var repeats = true;
            for (var i = period; repeats && i < words.Count; i++)
            {
                repeats = SameWord(words[i].Text, words[i - period].Text);
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }

    private static int MinimumRounds(int period) => period == 1 ? 6 : 4;

    private static bool SameWord(string a, string b) =>
        a.AsSpan().Trim().TrimEnd(ClauseEnds).Equals(b.AsSpan().Trim().TrimEnd(ClauseEnds), StringComparison.OrdinalIgnoreCase);

    private bool EndsAPhrasing(IReadOnlyList<TranscriptWord> words)
    {
        foreach (var word in words)
        {
            if (lastWords.Contains(word.Text.AsSpan().Trim().TrimEnd(ClauseEnds)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeClauseAt(List<Token> tokens, int start, List<string> phrasing)
    {
        var end = start + phrasing.Count;
        if (end > tokens.Count || (end < tokens.Count && tokens[end].Clause == tokens[end - 1].Clause))
        {
            return false;
        }

        for (var k = 0; k < phrasing.Count; k++)
        {
            if (!string.Equals(tokens[start + k].Text, phrasing[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
