using AutoQa.Sentiment.Model;
using AutoQa.Sentiment.Rules;

namespace AutoQa.Sentiment.Tests.Rules;

public sealed class SentimentRuleSetTests
{
    private static readonly SentimentRuleSet Rules = SentimentRuleSet.Load(LoadedModelCard.Load(SentimentModelLocator.Find()).RulesFolder!);

    [Fact]
    public void Fillers_and_stutters_are_removed_before_the_model_sees_the_text()
    {
        var turn = Rules.Prepare("Um, so, uh, I I want to, you know, return it.");

        Assert.Equal("so i want to return it", turn.ModelText);
    }

    [Theory]
    [InlineData("ich möchte bitte meine Bestellung ändern", "de")]
    [InlineData("je voudrais annuler ma commande s'il vous plaît", "fr")]
    [InlineData("quiero cancelar mi pedido por favor", "es")]
    [InlineData("I would like to cancel my order", "en")]
    [InlineData("okay", "en")]
    public void The_rule_language_is_detected_from_marker_words(string text, string language) =>
        Assert.Equal(language, Rules.Prepare(text).Language);

    [Fact]
    public void A_negated_negative_word_pulls_toward_neutral()
    {
        var turn = Rules.Prepare("it is not bad");
        Span<float> probabilities = [0.8f, 0.1f, 0.1f];

        Rules.Adjust(turn, probabilities);

        Assert.Equal(SentimentLabel.Neutral, SentimentRuleSet.ArgMax(probabilities));
        Assert.Equal(1f, probabilities[0] + probabilities[1] + probabilities[2], 5);
    }

    [Fact]
    public void A_rule_file_with_an_unknown_field_is_rejected_naming_the_file()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("weights.json"), """{ "defaultLanguage": "en", "negationStrength": 0.6, "idiomStrength": 0.7, "intensifierBoost": 0.5, "maxIntensifiers": 2, "typo": 1 }""");

        var error = Assert.Throws<SentimentModelException>(() => SentimentRuleSet.Load(folder.Path));

        Assert.Contains(folder.File("weights.json"), error.Message, StringComparison.Ordinal);
    }
}
