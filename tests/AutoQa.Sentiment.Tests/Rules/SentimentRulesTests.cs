namespace AutoQa.Sentiment.Tests.Rules;

public sealed class SentimentRulesTests(DefaultModelFixture model) : IClassFixture<DefaultModelFixture>
{
    [Theory]
    [InlineData("not happy", SentimentLabel.Negative)]
    [InlineData("I'm not happy with the replacement", SentimentLabel.Negative)]
    [InlineData("no problem", SentimentLabel.Positive)]
    [InlineData("no problem at all, happy to help", SentimentLabel.Positive)]
    [InlineData("i'm not angry but cancel it", SentimentLabel.Negative)]
    [InlineData("um so uh the parcel never arrived", SentimentLabel.Negative)]
    [InlineData("ich bin nicht zufrieden", SentimentLabel.Negative)]
    [InlineData("kein problem", SentimentLabel.Positive)]
    [InlineData("pas de problème", SentimentLabel.Positive)]
    [InlineData("je ne suis pas fâché mais annulez tout", SentimentLabel.Negative)]
    [InlineData("no hay problema", SentimentLabel.Positive)]
    [InlineData("no estoy contento", SentimentLabel.Negative)]
    public void Rules_fix_what_call_center_speech_does_to_the_model(string text, SentimentLabel expected)
    {
        var score = model.WithRules.Score([text])[0];

        Assert.True(expected == score.Label, $"'{text}': expected {expected}, got {score}");
    }

    [Fact]
    public void Without_rules_an_idiom_is_left_to_the_model()
    {
        var withRules = model.WithRules.Score(["no problem"])[0];
        var modelOnly = model.ModelOnly.Score(["no problem"])[0];

        Assert.True(withRules.Positive > modelOnly.Positive, $"rules {withRules} vs model {modelOnly}");
    }

    [Fact]
    public void An_intensifier_makes_a_clear_label_more_certain()
    {
        var scores = model.WithRules.Score(["I am disappointed", "I am very disappointed"]);

        Assert.Equal(SentimentLabel.Negative, scores[1].Label);
        Assert.True(scores[1].Negative > scores[0].Negative, $"{scores[1]} vs {scores[0]}");
    }
}
