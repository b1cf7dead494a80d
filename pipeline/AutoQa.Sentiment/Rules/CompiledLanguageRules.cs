namespace AutoQa.Sentiment.Rules;

/// <summary>One language's rules, normalised and ready to match.</summary>
internal sealed class CompiledLanguageRules
{
    private readonly PhraseSet fillers;
    private readonly PhraseSet negators;
    private readonly PhraseSet scopeBreakers;
    private readonly PhraseSet positiveWords;
    private readonly PhraseSet negativeWords;
    private readonly PhraseSet intensifiers;
    private readonly (PhraseSet Phrase, SentimentLabel Label)[] idioms;
    private readonly int negationScope;

    public CompiledLanguageRules(LanguageRules rules)
    {
        Language = rules.Language;
        Markers = new HashSet<string>(new PhraseSet(rules.Markers).Words(), StringComparer.Ordinal);
        fillers = new PhraseSet(rules.Fillers);
        negators = new PhraseSet(rules.Negators);
        scopeBreakers = new PhraseSet(rules.ScopeBreakers);
        positiveWords = new PhraseSet(rules.PositiveWords);
        negativeWords = new PhraseSet(rules.NegativeWords);
        intensifiers = new PhraseSet(rules.Intensifiers);
        idioms = [.. rules.Idioms.Select(idiom => (new PhraseSet([idiom.Phrase]), idiom.Label))];
        negationScope = rules.NegationScope;
    }

    public string Language { get; }

    public IReadOnlySet<string> Markers { get; }

    /// <summary>The words without fillers and without a word's immediate repetition ("i i want").</summary>
    public List<string> Clean(IReadOnlyList<string> words)
    {
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var filler = fillers.MatchAt(words, i);
            if (filler > 0)
            {
                i += filler;
                continue;
            }

            if (kept.Count == 0 || !string.Equals(kept[^1], words[i], StringComparison.Ordinal))
            {
                kept.Add(words[i]);
            }

            i++;
        }

        return kept;
    }

    public int CountIntensifiers(IReadOnlyList<string> words) =>
        Enumerable.Range(0, words.Count).Count(i => intensifiers.Contains(words, i));

    /// <summary>Labels of idioms found in <paramref name="words"/>, and which words they cover.</summary>
    public List<SentimentLabel> Idioms(IReadOnlyList<string> words, bool[] covered)
    {
        var labels = new List<SentimentLabel>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (phrase, label) in idioms)
            {
                var length = phrase.MatchAt(words, i);
                if (length > 0)
                {
                    labels.Add(label);
                    covered.AsSpan(i, length).Fill(true);
                }
            }
        }

        return labels;
    }

    /// <summary>The label each negated polar word outside idioms points to: negated positive is negative, negated negative neutral.</summary>
    public List<SentimentLabel> Negations(IReadOnlyList<string> words, bool[] covered)
    {
        var labels = new List<SentimentLabel>();
        for (var i = 0; i < words.Count; i++)
        {
            var negator = negators.MatchAt(words, i);
            if (negator == 0 || covered[i])
            {
                continue;
            }

            var end = Math.Min(words.Count, i + negator + negationScope);
            for (var j = i + negator; j < end && !scopeBreakers.Contains(words, j); j++)
            {
                if (covered[j])
                {
                    continue;
                }

                if (positiveWords.Contains(words, j))
                {
                    labels.Add(SentimentLabel.Negative);
                }
                else if (negativeWords.Contains(words, j))
                {
                    labels.Add(SentimentLabel.Neutral);
                }
            }
        }

        return labels;
    }
}
