using AutoQa.Analysis.Timeline;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// An agent question that gives the customer's own words back ("so the coffee grinder makes a loud grinding noise,
/// correct?") confirms the need whatever phrase leads it in, and still does when recognition lost that phrase. The
/// words are compared with each stretch the customer spoke without the agent taking the floor: the product in one
/// sentence and the fault in the next are one description.
/// </summary>
internal static class Restatement
{
    // Shorter words are mostly articles, pronouns and auxiliaries in every pack's language.
    private const int MinLetters = 4;

    /// <summary>The first and last restated tokens of <paramref name="turn"/>, or null when it restates nothing.</summary>
    public static (int First, int Last)? Find(CallContext call, AnalysedTurn turn)
    {
        var needed = call.Options.RestatementMinWords;
        if (needed == 0 || !turn.Turn.Text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        var stretch = new HashSet<string>(StringComparer.Ordinal);
        foreach (var earlier in call.Turns.TakeWhile(t => t.Turn.Start < turn.Turn.Start))
        {
            if (earlier.Turn.Speaker == Speaker.Customer)
            {
                stretch.UnionWith(earlier.Tokens.Select(t => t.Text).Where(w => w.Length >= MinLetters));
            }
            else if (!earlier.Turn.Backchannel && stretch.Count > 0)
            {
                if (Restated(turn, stretch, needed) is { } found)
                {
                    return found;
                }

                stretch.Clear();
            }
        }

        return Restated(turn, stretch, needed);
    }

    private static (int First, int Last)? Restated(AnalysedTurn turn, HashSet<string> customerWords, int needed)
    {
        var restated = Enumerable.Range(0, turn.Tokens.Count).Where(i => customerWords.Contains(turn.Tokens[i].Text)).ToList();
        return restated.Select(i => turn.Tokens[i].Text).Distinct(StringComparer.Ordinal).Count() >= needed
            ? (restated[0], restated[^1])
            : null;
    }
}
