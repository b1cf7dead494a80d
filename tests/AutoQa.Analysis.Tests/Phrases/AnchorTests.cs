using AutoQa.Events;

namespace AutoQa.Analysis.Tests.Phrases;

public sealed class AnchorTests
{
    [Theory]
    [InlineData("fr", "Pouvez-vous me donner votre numéro de commande, s'il vous plaît ?", QaEventKind.ReviewInvitation)] // donner votre *avis*
    [InlineData("fr", "Tout est à jour dans votre compte client.", QaEventKind.ReviewInvitation)] // votre *avis* compte
    [InlineData("en", "Thanks for telling me about your experience with the blender.", QaEventKind.ReviewInvitation)] // *rate* your experience
    [InlineData("es", "Gracias por elegir nuestro servicio técnico.", QaEventKind.ReviewInvitation)] // *valorar* nuestro servicio
    [InlineData("es", "Déjeme ver, ¿puede revisar su problema de carga?", QaEventKind.ClosingCheck)] // *resuelve* su problema
    [InlineData("fr", "Vous allez recevoir un petit questionnaire par e-mail, votre avis nous aiderait beaucoup.", QaEventKind.FurtherSupport)] // par *chat* ou par e-mail
    public void A_sentence_without_a_phrase_s_telling_word_is_not_half_of_it(string language, string text, QaEventKind kind)
    {
        var analysis = Some.Call(100, language).Agent(90, text).Analyze();

        Assert.DoesNotContain(analysis.Events, e => e.Kind == kind);
        Assert.DoesNotContain(analysis.PartialPhrases, e => e.Kind == kind);
    }

    [Fact]
    public void A_phrase_cut_off_by_the_end_of_the_turn_is_heard_in_part()
    {
        var analysis = Some.Call(100).Agent(90, "If everything works now, we'd really appreciate your").Analyze();

        Assert.Contains(analysis.PartialPhrases, e => e.Kind == QaEventKind.ReviewInvitation);
    }

    [Fact]
    public void A_phrase_whose_last_word_was_said_differently_is_not_cut_off()
    {
        var analysis = Some.Call(100).Agent(90, "We appreciate your patience.").Analyze();

        Assert.Contains(analysis.Events, e => e.Kind == QaEventKind.Respect);
        Assert.DoesNotContain(analysis.PartialPhrases, e => e.Kind == QaEventKind.ReviewInvitation);
    }

    [Fact]
    public void Appreciating_a_review_cut_off_is_not_the_respect_of_appreciating_it()
    {
        var analysis = Some.Call(100).Agent(90, "You'll get a short survey by email, we'd I appreciate your").Analyze();

        Assert.DoesNotContain(analysis.Events, e => e.Kind == QaEventKind.Respect);
    }
}
