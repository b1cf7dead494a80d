namespace AutoQa.Sentiment.Tests.Scoring;

public sealed class OnnxSentimentScorerTests(DefaultModelFixture model) : IClassFixture<DefaultModelFixture>
{
    private static readonly string[] Mixed =
    [
        "Thank you so much, that was really helpful!",
        "i want to change my delivery address",
        "this is the worst service I have ever had",
        "",
        "ich bin sehr enttäuscht",
        "merci beaucoup vous avez été très aimable",
        "quiero cancelar mi pedido",
        "uh",
    ];

    [Fact]
    public void Every_score_has_probabilities_that_sum_to_one_and_a_label_that_is_the_most_probable()
    {
        foreach (var scorer in new[] { model.WithRules, model.ModelOnly })
        {
            var scores = scorer.Score(Mixed);

            Assert.Equal(Mixed.Length, scores.Count);
            foreach (var score in scores)
            {
                Assert.Equal(1f, score.Negative + score.Neutral + score.Positive, 4);
                var best = new[] { score.Negative, score.Neutral, score.Positive }.Max();
                Assert.Equal(best, score.Label switch
                {
                    SentimentLabel.Negative => score.Negative,
                    SentimentLabel.Neutral => score.Neutral,
                    _ => score.Positive,
                });
            }
        }
    }

    [Theory]
    [InlineData("en", "You people are useless, I've been waiting three weeks for my refund", SentimentLabel.Negative)]
    [InlineData("en", "can you tell me the tracking number of my order", SentimentLabel.Neutral)]
    [InlineData("en", "that's wonderful, thank you so much for your help", SentimentLabel.Positive)]
    [InlineData("de", "das ist eine frechheit ich bin wirklich wütend", SentimentLabel.Negative)]
    [InlineData("de", "ich möchte meine lieferadresse ändern", SentimentLabel.Neutral)]
    [InlineData("de", "vielen dank sie waren sehr hilfreich", SentimentLabel.Positive)]
    [InlineData("fr", "c'est inacceptable je suis très déçu", SentimentLabel.Negative)]
    [InlineData("fr", "je voudrais changer mon adresse de livraison", SentimentLabel.Neutral)]
    [InlineData("fr", "merci beaucoup c'est parfait", SentimentLabel.Positive)]
    [InlineData("es", "es inaceptable estoy muy enfadado", SentimentLabel.Negative)]
    [InlineData("es", "quisiera cambiar mi dirección de entrega", SentimentLabel.Neutral)]
    [InlineData("es", "muchas gracias ha sido muy amable", SentimentLabel.Positive)]
    public void Clear_utterances_are_labelled_right_in_each_language(string language, string text, SentimentLabel expected)
    {
        var score = model.WithRules.Score([text])[0];

        Assert.True(expected == score.Label, $"[{language}] '{text}': expected {expected}, got {score}");
    }

    [Fact]
    public void Scoring_in_batches_gives_the_same_result_as_one_by_one()
    {
        using var smallBatches = OnnxSentimentScorer.Load(model.CardPath, new SentimentOptions { BatchSize = 3 });

        var together = model.WithRules.Score(Mixed);
        var batched = smallBatches.Score(Mixed);
        var oneByOne = Mixed.Select(text => model.WithRules.Score([text])[0]).ToList();

        for (var i = 0; i < Mixed.Length; i++)
        {
            Assert.Equal(oneByOne[i].Label, together[i].Label);
            Assert.Equal(oneByOne[i].Label, batched[i].Label);
            Assert.Equal(oneByOne[i].Positive, together[i].Positive, 5);
            Assert.Equal(oneByOne[i].Negative, batched[i].Negative, 5);
        }
    }

    [Fact]
    public void Case_punctuation_and_fillers_do_not_change_a_score()
    {
        var scores = model.WithRules.Score(["My parcel never arrived, and nobody told me anything!", "um my parcel uh never arrived and nobody told me anything"]);

        Assert.Equal(scores[0], scores[1]);
    }

    [Fact]
    public void An_empty_batch_gives_no_scores() => Assert.Empty(model.WithRules.Score([]));

    [Fact]
    public void Options_out_of_range_are_rejected_when_loading()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OnnxSentimentScorer.Load(model.CardPath, new SentimentOptions { BatchSize = 0 }));
        Assert.Throws<ArgumentException>(() => OnnxSentimentScorer.Load(model.CardPath, new SentimentOptions { Language = "xx" }));
    }
}
