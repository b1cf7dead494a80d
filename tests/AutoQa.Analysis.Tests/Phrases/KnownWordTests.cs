using AutoQa.Events;

namespace AutoQa.Analysis.Tests.Phrases;

public sealed class KnownWordTests
{
    [Theory]
    [InlineData("es", "Vale, muchas gracias, hasta luego.")]
    [InlineData("en", "I created an account on your website last week.")]
    [InlineData("de", "Jetzt ist alles wieder sauber, danke.")]
    [InlineData("fr", "Oui, je l'ai bien reçue, merci.")]
    public void A_common_word_a_letter_away_from_a_frustration_word_is_not_frustration(string language, string text) =>
        Assert.Empty(Some.Call(language: language).Customer(20, text).Analyze().Of(QaEventKind.CustomerFrustration));
}
