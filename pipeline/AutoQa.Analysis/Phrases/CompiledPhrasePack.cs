using AutoQa.Analysis.Text;
using AutoQa.Analysis.Timeline;

namespace AutoQa.Analysis.Phrases;

/// <summary>A phrase pack made ready for matching: tokenizer, vocabulary, phrase indexes and deadline parser.</summary>
internal sealed class CompiledPhrasePack
{
    public CompiledPhrasePack(PhrasePack pack, AnalysisOptions options)
    {
        Pack = pack;
        Tokenizer = new Tokenizer(pack.Equivalents.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        var vocabulary = new Vocabulary();
        var patterns = new List<PhrasePattern>();
        var onDemand = new List<PhrasePattern>();
        var negationWords = pack.Negations.SelectMany(Tokenizer.TokenizePhrase).ToHashSet(StringComparer.Ordinal);
        foreach (var (intent, phrases) in pack.Intents)
        {
            foreach (var phrase in phrases)
            {
                var (text, marked) = MarkedAnchor.Split(phrase);
                var words = Tokenizer.TokenizePhrase(text);
                if (words.Count == 0)
                {
                    continue;
                }

                // A negation decides what a phrase means ("ça [ne] règle [pas] mon problème"): it is never forgiven.
                var costs = words.ConvertAll(w => negationWords.Contains(w) ? PhraseMatcher.Unforgivable : PhraseMatcher.WordCost(w)).ToArray();
                var fuzzyErrorRate = PhraseIntents.IsRedLine(intent) ? options.RedLineFuzzyErrorRate : options.FuzzyErrorRate;
                (PhraseIntents.IsOnDemand(intent) ? onDemand : patterns).Add(new PhrasePattern(
                    intent,
                    [.. words.Select(vocabulary.Add)],
                    costs,
                    Budget(words.Count, fuzzyErrorRate),
                    MaxEdits(words.Count, fuzzyErrorRate),
                    words.Distinct().Count(),
                    Anchor(words, marked is null ? null : Tokenizer.TokenizePhrase(marked)),
                    marked is not null,
                    PhraseIntents.SpokenBy(intent)));
            }
        }

        var negations = negationWords.Select(vocabulary.Add).ToList();
        foreach (var known in pack.KnownWords.SelectMany(Tokenizer.TokenizePhrase))
        {
            vocabulary.AddKnown(known);
        }

        Matcher = new PhraseMatcher(vocabulary, patterns, negations, pack.NegationReach);
        OnDemand = new PhraseMatcher(vocabulary, onDemand, negations, pack.NegationReach);
        Deadlines = new DeadlineParser(pack.Deadlines, Tokenizer, pack.KnownWords);
    }

    public PhrasePack Pack { get; }

    public Tokenizer Tokenizer { get; }

    public PhraseMatcher Matcher { get; }

    /// <summary>
    /// The phrases looked for only where a rule asks for them (card-form and say-aloud around a card-number red line,
    /// contact-promise around a time word, hold-request before a silence): their words ("enter", "tell me", "an
    /// answer", "one moment") are in most turns, which never need them.
    /// </summary>
    public PhraseMatcher OnDemand { get; }

    public DeadlineParser Deadlines { get; }

    /// <summary>The on-demand phrases in <paramref name="turn"/>.</summary>
    public List<PhraseMatch> MatchOnDemand(AnalysedTurn turn) => OnDemand.Match(turn.Tokens, OnDemand.Identify(turn.Tokens), turn.Turn.Speaker);

    // Two-word phrases must match exactly; longer ones absorb errors in proportion, in half-word steps. One word is
    // held back, so a four-word phrase forgives only a function word ("thank you for holding" is not "... calling").
    private static int Budget(int words, double rate) => words <= 2 ? 0 : (int)Math.Floor((words - 1) * rate * 2);

    // The marked word (its first token, should the tokenizer split it), else the longest word, the last of equals.
    private static int Anchor(List<string> words, List<string>? marked)
    {
        if (marked is [var first, ..] && words.IndexOf(first) is var index and >= 0)
        {
            return index;
        }

        var anchor = 0;
        for (var i = 1; i < words.Count; i++)
        {
            anchor = words[i].Length >= words[anchor].Length ? i : anchor;
        }

        return anchor;
    }

    // Every phrase of three words or more may lose one word; the budget decides which ("just confirm" is "just to
    // confirm", "just to" is nothing).
    private static int MaxEdits(int words, double rate) => words <= 2 ? 0 : Math.Max(1, (int)Math.Floor(words * rate));
}
