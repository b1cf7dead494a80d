namespace AutoQa.Sentiment.Tests.Scoring;

/// <summary>
/// Text as recognisers write it and people say it: emoji, other scripts, digits, repeated words, a whole call's
/// monologue run together, nothing at all. Each is scored with finite probabilities that sum to one.
/// </summary>
public sealed class OddTextTests(DefaultModelFixture model) : IClassFixture<DefaultModelFixture>
{
    private static readonly string[] Pieces =
    [
        "furious", "merci", "nicht", "¿", "¡", "!!!", "😀", "😡", "日本語", "مرحبا", "Straße", "ça", "4111 1111 1111 1111", "####",
        "[Music]", "♪", "...", "-", "'", "\t", "\u200b", "\u0000", "I'm", "not", "happy", "NOT", "ıİ", "ﬁ", "e\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "48h", "$20", "%", "https://lumio.example/help",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Odd_text_is_scored_with_probabilities_that_sum_to_one(int seed)
    {
        var random = new Random(seed);
        var texts = Enumerable.Range(0, 200)
            .Select(i => string.Join(random.Next(3) == 0 ? "" : " ", random.GetItems(Pieces, i % 50 == 0 ? 2000 : random.Next(0, 30))))
            .Append("")
            .Append(new string(' ', 100))
            .ToArray();

        foreach (var scorer in new[] { model.WithRules, model.ModelOnly })
        {
            var scores = scorer.Score(texts);

            Assert.Equal(texts.Length, scores.Count);
            Assert.All(scores, score =>
            {
                Assert.True(float.IsFinite(score.Negative) && float.IsFinite(score.Neutral) && float.IsFinite(score.Positive), $"{score}");
                Assert.Equal(1f, score.Negative + score.Neutral + score.Positive, 3);
            });
        }
    }
}
