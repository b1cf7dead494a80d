using AutoQa.Sentiment;
using AutoQa.SentimentTraining.Corpus;

namespace AutoQa.SentimentTraining.Evaluation;

/// <summary>Confusion matrices of one set of predictions: overall, per language and per source.</summary>
internal sealed record Evaluation(string Name, ConfusionMatrix Overall, IReadOnlyList<(string Group, ConfusionMatrix Matrix)> Groups)
{
    public static Evaluation Of(string name, IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<SentimentLabel> predicted)
    {
        var overall = new ConfusionMatrix();
        var groups = new SortedDictionary<string, ConfusionMatrix>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            overall.Add(sentences[i].Label, predicted[i]);
            foreach (var key in new[] { $"language {sentences[i].Language}", $"source {sentences[i].Source}" })
            {
                if (!groups.TryGetValue(key, out var matrix))
                {
                    groups[key] = matrix = new ConfusionMatrix();
                }

                matrix.Add(sentences[i].Label, predicted[i]);
            }
        }

        return new Evaluation(name, overall, [.. groups.Select(g => (g.Key, g.Value))]);
    }
}
