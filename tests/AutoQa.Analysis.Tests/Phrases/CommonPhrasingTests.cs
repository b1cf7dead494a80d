using AutoQa.Events;

namespace AutoQa.Analysis.Tests.Phrases;

/// <summary>Everyday ways agents say what the rubric looks for, found missing by probing one sentence at a time.</summary>
public sealed class CommonPhrasingTests
{
    [Theory]
    [InlineData("en", QaEventKind.ClosingCheck, "Will that be all for today?")]
    [InlineData("en", QaEventKind.ClosingCheck, "Did I answer all your questions?")]
    [InlineData("en", QaEventKind.ClosingCheck, "Have I resolved everything for you today?")]
    [InlineData("en", QaEventKind.Empathy, "I totally get it.")]
    [InlineData("en", QaEventKind.FurtherSupport, "Don't hesitate to contact us again.")]
    [InlineData("en", QaEventKind.FurtherSupport, "Feel free to reach out if you need anything else.")]
    [InlineData("en", QaEventKind.FurtherSupport, "You can also chat with us on our website.")]
    [InlineData("en", QaEventKind.Respect, "I appreciate you bearing with me.")]
    [InlineData("en", QaEventKind.Respect, "Sorry for the wait.")]
    [InlineData("en", QaEventKind.ReviewInvitation, "Please take a moment to fill out the survey after this call.")]
    [InlineData("en", QaEventKind.ReviewInvitation, "We'd love to hear your feedback.")]
    [InlineData("en", QaEventKind.ReviewInvitation, "Would you mind rating your experience today?")]
    [InlineData("de", QaEventKind.FurtherSupport, "Zögern Sie nicht, uns zu kontaktieren.")]
    [InlineData("fr", QaEventKind.FurtherSupport, "N'hésitez pas à nous contacter.")]
    [InlineData("es", QaEventKind.FurtherSupport, "No dude en contactarnos.")]
    [InlineData("de", QaEventKind.ClosingCheck, "War das alles?")]
    [InlineData("fr", QaEventKind.ClosingCheck, "Est-ce que ce sera tout ?")]
    [InlineData("es", QaEventKind.ClosingCheck, "¿Eso sería todo?")]
    [InlineData("es", QaEventKind.ClosingCheck, "¿Necesita algo más?")]
    [InlineData("fr", QaEventKind.ReviewInvitation, "N'hésitez pas à laisser un avis.")] // the negation is the phrase's own
    [InlineData("de", QaEventKind.Respect, "Danke, dass Sie so geduldig waren.")]
    [InlineData("en", QaEventKind.ClosingCheck, "Did that fix the problem for you?")]
    [InlineData("en", QaEventKind.FurtherSupport, "If you need anything else, just reply to the email or give us a call.")]
    [InlineData("en", QaEventKind.FurtherSupport, "Feel free to contact us again if anything comes up.")]
    [InlineData("en", QaEventKind.Attention, "Just so I'm clear, you were charged twice?")]
    [InlineData("de", QaEventKind.ClosingCheck, "Ist damit alles geklärt?")]
    [InlineData("de", QaEventKind.FurtherSupport, "Sie können uns jederzeit auch per E-Mail oder Chat erreichen.")]
    [InlineData("es", QaEventKind.ClosingCheck, "¿Queda todo resuelto?")]
    [InlineData("es", QaEventKind.FurtherSupport, "Puede contactarnos por correo o por chat cuando quiera.")]
    public void An_everyday_phrasing_is_read(string language, QaEventKind kind, string text)
    {
        var analysis = Some.Call(100, language).Agent(90, text).Analyze();

        Assert.Contains(analysis.Events, e => e.Kind == kind);
    }

    [Theory]
    [InlineData(QaEventKind.ReviewInvitation, "Thank you for your feedback on the blender.")] // *hear* your feedback
    [InlineData(QaEventKind.ReviewInvitation, "Thanks for telling me about your experience.")] // *rating* your experience
    [InlineData(QaEventKind.Respect, "I'm truly sorry for the trouble this has caused you.")] // sorry for the *wait*: empathy
    [InlineData(QaEventKind.FurtherSupport, "Could you give us a moment to check?")] // why "give us a call" is left out
    [InlineData(QaEventKind.FurtherSupport, "The warehouse will contact us again tomorrow.")] // someone else's contact
    [InlineData(QaEventKind.FurtherSupport, "Sie können uns jederzeit Fotos schicken.", "de")] // photos, no channel
    [InlineData(QaEventKind.ClosingCheck, "Die Adresse ist damit geklärt.", "de")] // a statement: ist damit *alles* geklärt
    public void A_sentence_without_the_telling_word_is_none(QaEventKind kind, string text, string language = "en")
    {
        var analysis = Some.Call(100, language).Agent(90, text).Analyze();

        Assert.DoesNotContain(analysis.Events, e => e.Kind == kind);
        Assert.DoesNotContain(analysis.PartialPhrases, e => e.Kind == kind);
    }

    [Theory]
    [InlineData("card-number", "What's the three digit code on the back of your card?")]
    [InlineData("not-genuine", "It's a cheap copy, to be honest.")]
    [InlineData("refund-without-return", "You can keep the item and I'll refund you.")]
    [InlineData("rudeness", "You should have read the manual.")]
    [InlineData("rudeness", "I'm not going to repeat myself.")]
    [InlineData("refund-without-return", "Sie können das Gerät behalten.", "de")]
    [InlineData("refund-without-return", "Vous pouvez garder le produit.", "fr")]
    public void An_everyday_red_line_fails_the_call(string kind, string text, string language = "en")
    {
        var analysis = Some.Call(100, language).Agent(50, text).Analyze();

        Assert.Contains(analysis.Events, e => e.Kind == QaEventKind.RedLine && e.Detail == kind);
    }

    [Theory]
    [InlineData("You can keep the old charger, it's not needed for the return.")] // "you can keep the [item]" was a red line
    [InlineData("Please keep the item in its box until the courier collects it.")]
    [InlineData("We can keep the item here until you decide.")]
    [InlineData("The code on the back of the box is the model number.")]
    [InlineData("You should have read the email we sent.")]
    [InlineData("Behalten Sie das Gerät bitte eingeschaltet.", "de")] // "behalten Sie das Gerät" was a red line
    [InlineData("Gardez le produit dans son emballage jusqu'au passage du transporteur.", "fr")] // so was "gardez le produit"
    public void An_everyday_instruction_is_no_red_line(string text, string language = "en")
    {
        var analysis = Some.Call(100, language).Agent(50, text).Analyze();

        Assert.DoesNotContain(analysis.Events, e => e.Kind == QaEventKind.RedLine);
    }
}
