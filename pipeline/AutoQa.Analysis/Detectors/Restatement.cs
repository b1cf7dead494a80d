using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Text;
using AutoQa.Analysis.Timeline;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// An agent question that gives the customer's own words back ("so the coffee grinder makes a loud grinding noise,
/// correct?") confirms the need whatever phrase leads it in, and still does when recognition lost that phrase. The
/// words are compared with each stretch the customer spoke without the agent taking the floor (the product in one
/// sentence and the fault in the next are one description), forgiving a spelling slip on either side ("craced"
/// for "cracked"); the words of another of the agent's phrases in the question (a closing check) are not given
/// back. A turn that ends with "?" or holds "¿" is a question. A question one word short of the threshold is a restatement heard in part: recognition may have
/// lost a word. A statement that reaches it is a restatement only when the customer confirms it ("yes, exactly"):
/// recognition may have lost the question mark, or the agent was explaining.
/// </summary>
internal sealed class Restatement
{
    // Shorter words are mostly articles, pronouns and auxiliaries in every pack's language.
    private const int MinLetters = 4;

    private readonly int needed;
    private readonly Vocabulary customerWords = new();

    // For each customer word: the stretches that hold it and when it was first said in each.
    private readonly List<List<(int Stretch, double Start)>> occurrences = [];

    /// <summary>Collects the customer's stretches of <paramref name="call"/>.</summary>
    public Restatement(CallContext call)
    {
        needed = call.Options.RestatementMinWords;
        var stretch = 0;
        var open = false;
        foreach (var turn in call.Turns)
        {
            if (turn.Turn.Speaker == Speaker.Customer)
            {
                foreach (var token in turn.Tokens.Where(t => t.Text.Length >= MinLetters))
                {
                    Record(customerWords.Add(token.Text), stretch, turn.Turn.Start);
                }

                open = true;
            }
            else if (!turn.Turn.Backchannel && open)
            {
                stretch++;
                open = false;
            }
        }
    }

    /// <summary>The first and last restated tokens of <paramref name="turn"/> and how, or null when it restates too little.</summary>
    public (int First, int Last, Restated How)? Find(AnalysedTurn turn)
    {
        if (needed == 0)
        {
            return null;
        }

        var restated = new Dictionary<int, List<(int Word, int Token)>>();
        for (var i = 0; i < turn.Tokens.Count; i++)
        {
            var word = turn.Tokens[i].Text.Length >= MinLetters && !InStockPhrase(turn, i) ? customerWords.Find(turn.Tokens[i].Text) : -1;
            if (word < 0)
            {
                continue;
            }

            foreach (var (stretch, start) in occurrences[word].Where(o => o.Start < turn.Turn.Start))
            {
                (restated.TryGetValue(stretch, out var found) ? found : restated[stretch] = []).Add((word, i));
            }
        }

        if (restated.Count == 0)
        {
            return null;
        }

        var best = restated.Values.MaxBy(found => found.Select(f => f.Word).Distinct().Count())!;
        var distinct = best.Select(f => f.Word).Distinct().Count();
        // Spanish opens a question too: "¿" survives a lost last word.
        var question = turn.Turn.Text.TrimEnd().EndsWith('?') || turn.Turn.Text.Contains('¿', StringComparison.Ordinal);
        var (first, last) = (best.Min(f => f.Token), best.Max(f => f.Token));
        return (distinct >= needed, question) switch
        {
            (true, true) => (first, last, Restated.AsQuestion),
            (true, false) => (first, last, Restated.AsStatement),
            (false, true) when distinct >= Math.Max(2, needed - 1) => (first, last, Restated.InPart),
            _ => null,
        };
    }

    // A word of the agent's own stock phrases is not the customer's given back: "Puis-je vous aider pour autre chose ?"
    // shares "vous", "pour", "autre" and "chose" with "à chaque fois on me dit autre chose", yet is a closing check.
    private static bool InStockPhrase(AnalysedTurn turn, int token)
    {
        foreach (var match in turn.Matches)
        {
            if (!match.Partial && match.Intent != PhraseIntents.Attention && match.FirstToken <= token && token <= match.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    private void Record(int word, int stretch, double start)
    {
        if (word == occurrences.Count)
        {
            occurrences.Add([]);
        }

        if (!occurrences[word].Exists(o => o.Stretch == stretch))
        {
            occurrences[word].Add((stretch, start));
        }
    }
}
