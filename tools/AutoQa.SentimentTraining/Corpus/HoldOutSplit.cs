using AutoQa.Sentiment.Tokenization;

namespace AutoQa.SentimentTraining.Corpus;

/// <summary>
/// A fixed, seeded split into training and held-out sentences, stratified by language, source and label.
/// Sentences that normalise to the same words are kept once, so no held-out sentence is also trained on.
/// </summary>
internal sealed record HoldOutSplit(IReadOnlyList<LabelledSentence> Training, IReadOnlyList<LabelledSentence> HeldOut)
{
    /// <summary>Splits <paramref name="sentences"/>; sources in <paramref name="trainingOnly"/> never go to the held-out part.</summary>
    public static HoldOutSplit Create(IEnumerable<LabelledSentence> sentences, double heldOutFraction, int seed, params string[] trainingOnly)
    {
        var random = new Random(seed);
        var training = new List<LabelledSentence>();
        var heldOut = new List<LabelledSentence>();
        var unique = sentences.DistinctBy(s => string.Join(' ', TextNormalizer.Words(s.Text, foldAccents: true)));
        foreach (var group in unique.GroupBy(s => (s.Language, s.Source, s.Label)).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var items = group.ToArray();
            random.Shuffle(items);
            var take = trainingOnly.Contains(group.Key.Source) ? 0 : (int)Math.Round(items.Length * heldOutFraction);
            heldOut.AddRange(items.Take(take));
            training.AddRange(items.Skip(take));
        }

        return new HoldOutSplit(training, heldOut);
    }
}
