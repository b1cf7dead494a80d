using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Phrases;

public sealed class PhraseDetectionTests
{
    [Theory]
    [InlineData("Someone from the team will contact you within 48 hours.", "PT48H")]
    [InlineData("I'll call you back within an hour with an answer.", "PT1H")]
    [InlineData("You will hear from me within the hour, I promise.", "PT1H")]
    [InlineData("You will have an answer by tomorrow.", "P1D")]
    [InlineData("You'll hear back from us in 3 business days.", "P3D")]
    [InlineData("We will ship the new one within forty eight hours.", "PT48H")]
    [InlineData("The refund reaches you within two weeks.", "P14D")]
    [InlineData("Someone will contact you withn 48 hurs.", "PT48H")] // spelling slips in the lead and the unit
    [InlineData("The refund reaches you within thre weks.", "P21D")]
    [InlineData("You will have an answer by tmorrow.", "P1D")] // every word of the grammar, fixed expressions too
    [InlineData("Someone will contact you within 48h.", "PT48H")] // a unit written onto the digits
    [InlineData("You'll hear back from us in 3h business days.", "P3D")] // a slip on the digits, the unit word after them
    public void A_promised_time_frame_is_normalised_to_an_ISO_duration(string text, string expected)
    {
        var analysis = Some.Call().Agent(20, text).Analyze();

        Assert.Equal(expected, Assert.Single(analysis.Of(QaEventKind.Deadline)).Detail);
    }

    [Theory]
    [InlineData("I know you have been waiting for three days.")]
    [InlineData("The order was placed two weeks ago.")]
    [InlineData("It stopped working a week after delivery.")]
    [InlineData("Have a day, goodbye.")]
    [InlineData("I know you have been waiting for two days.")] // "for" is not a misheard "four"
    [InlineData("The express option only makes a day of difference.")] // "makes" is not a misheard "takes"
    public void A_time_frame_without_a_promise_is_no_deadline(string text) =>
        Assert.Empty(Some.Call().Agent(20, text).Analyze().Of(QaEventKind.Deadline));

    [Fact]
    public void A_negated_apology_is_not_empathy()
    {
        var analysis = Some.Call().Agent(20, "Well, I can't say I'm sorry, those are the rules.").Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Empathy));
    }

    [Fact]
    public void Phrases_survive_a_misspelt_and_a_substituted_word()
    {
        var analysis = Some.Call(60)
            .Agent(5, "I completly understand how frustating this must be.")
            .Agent(40, "Is there anything elks I can help you with today?")
            .Analyze();

        Assert.Single(analysis.Of(QaEventKind.Empathy));
        Assert.Single(analysis.Of(QaEventKind.ClosingCheck));
    }

    [Fact]
    public void Short_words_missing_a_letter_still_match()
    {
        var analysis = Some.Call(60).Agent(40, "Does tht resolve yor issue?").Analyze();

        Assert.Single(analysis.Of(QaEventKind.ClosingCheck));
    }

    [Fact]
    public void A_phrase_missing_its_longest_word_is_another_phrase_only_when_long()
    {
        var analysis = Some.Call(60).Agent(2, "Thank you fr BrightCart support, this is Mei.").Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Respect));
    }

    [Fact]
    public void A_closing_check_outside_the_closing_window_does_not_count()
    {
        var analysis = Some.Call(300).Agent(30, "Is there anything else I can help you with today?").Analyze();

        Assert.Empty(analysis.Of(QaEventKind.ClosingCheck));
    }

    [Theory]
    [InlineData("Look, I'll just give you a full refund, no need to return it.", RedLineKinds.RefundWithoutReturn)]
    [InlineData("Honestly, that one is probably not genuine, it looks like a fake to me.", RedLineKinds.NotGenuine)]
    [InlineData("Can you read me your full card number and the CVV on the back?", RedLineKinds.CardNumber)]
    [InlineData("Look, that's your problem, not mine, I don't have all day.", RedLineKinds.Rudeness)]
    public void Red_lines_are_found_with_their_kind(string text, string kind)
    {
        var redLine = Assert.Single(Some.Call().Agent(20, text).Analyze().Of(QaEventKind.RedLine));

        Assert.Equal(kind, redLine.Detail);
        Assert.Equal(Speaker.Agent, redLine.Speaker);
    }

    [Fact]
    public void Asking_for_the_order_number_is_not_asking_for_the_card_number() =>
        Assert.Empty(Some.Call(120, "fr").Agent(20, "Pouvez-vous me donner votre numéro de commande, s'il vous plaît ?").Analyze().Of(QaEventKind.RedLine));

    [Fact]
    public void Reassuring_the_customer_the_product_is_not_fake_is_no_red_line() =>
        Assert.Empty(Some.Call().Agent(20, "Don't worry, this is definitely not a fake, it comes from the manufacturer.").Analyze().Of(QaEventKind.RedLine));

    [Theory]
    [InlineData("de", "Vielen Dank für Ihren Anruf bei Lumio, mein Name ist Anna, wie kann ich Ihnen helfen?", "Es tut mir wirklich leid, ich kann Sie verstehen.", "Sie bekommen innerhalb von 48 Stunden eine Antwort.", "PT48H")]
    [InlineData("fr", "Merci d'avoir appelé Lumio, je suis Anna, comment puis-je vous aider ?", "Je suis désolé, je comprends votre frustration.", "Vous aurez une réponse d'ici demain.", "P1D")]
    [InlineData("es", "Gracias por llamar a Lumio, soy Anna, ¿en qué puedo ayudarle?", "Lo siento mucho, entiendo su frustración.", "Recibirá una respuesta en tres días hábiles.", "P3D")]
    public void German_French_and_Spanish_calls_use_their_own_phrase_pack(string language, string greeting, string empathy, string deadline, string duration)
    {
        var analysis = Some.Call(120, language).Agent(1, greeting).Agent(20, empathy).Agent(40, deadline).Analyze();

        Assert.Equal(language, analysis.Language);
        Assert.Single(analysis.Of(QaEventKind.Greeting));
        Assert.Single(analysis.Of(QaEventKind.Empathy));
        Assert.Equal(duration, Assert.Single(analysis.Of(QaEventKind.Deadline)).Detail);
    }
}
