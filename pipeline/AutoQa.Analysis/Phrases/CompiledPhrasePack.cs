using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Phrases;

/// <summary>A phrase pack made ready for matching: tokenizer, vocabulary, phrase index and deadline parser.</summary>
internal sealed class CompiledPhrasePack
{
    public CompiledPhrasePack(PhrasePack pack, double fuzzyErrorRate)
    {
        Pack = pack;
        Tokenizer = new Tokenizer(pack.Equivalents.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        var vocabulary = new Vocabulary();
        var patterns = new List<PhrasePattern>();
        foreach (var (intent, phrases) in pack.Intents)
        {
            foreach (var phrase in phrases)
            {
                var words = Tokenizer.TokenizePhrase(phrase);
                if (words.Count == 0)
                {
                    continue;
                }

                var costs = words.ConvertAll(PhraseMatcher.WordCost).ToArray();
                patterns.Add(new PhrasePattern(
                    intent,
                    [.. words.Select(vocabulary.Add)],
                    costs,
                    Budget(words.Count, fuzzyErrorRate),
                    (int)Math.Floor(words.Count * fuzzyErrorRate),
                    words.Distinct().Count()));
            }
        }

        var negations = pack.Negations.SelectMany(Tokenizer.TokenizePhrase).Select(vocabulary.Add).ToList();
        Matcher = new PhraseMatcher(vocabulary, patterns, negations, pack.NegationReach);
        Deadlines = new DeadlineParser(pack.Deadlines, Tokenizer);
    }

    public PhrasePack Pack { get; }

    public Tokenizer Tokenizer { get; }

    public PhraseMatcher Matcher { get; }

    public DeadlineParser Deadlines { get; }

    // Two-word phrases must match exactly; longer ones absorb errors in proportion, in half-word steps. One word is
    // held back, so a four-word phrase forgives only a function word ("thank you for holding" is not "... calling").
    private static int Budget(int words, double rate) => words <= 2 ? 0 : (int)Math.Floor((words - 1) * rate * 2);
}
