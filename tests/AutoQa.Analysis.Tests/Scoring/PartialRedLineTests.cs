using AutoQa.Analysis.Triage;
using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Scoring;

/// <summary>
/// A red line that recognition lost a word of, leaving a gap ("no need to [return] it"), is neither a red line nor
/// its absence: the critical item goes to a person, ahead of the other undecided items. A phrase that has another
/// word where the red line's would be ("need the [order] number"), or that goes on after the gap with words that
/// make a phrase of their own ("need the [card] number"), is another phrase.
/// </summary>
public sealed class PartialRedLineTests
{
    private const string RefundItem = "critical.no-refund-without-return";

    [Theory]
    [InlineData("en", "Look, I'll just give you a full refund, no need to it.")]
    [InlineData("de", "Ich erstatte Ihnen den vollen Betrag, Sie müssen es nicht.")]
    [InlineData("fr", "Je vous rembourse intégralement, pas besoin de le.")]
    [InlineData("es", "Le devuelvo todo el dinero, no hace falta que lo.")]
    public void A_refund_without_return_that_lost_its_word_for_return_is_left_to_a_person(string language, string text)
    {
        var result = Some.Call(100, language).Agent(1, "Hello.").Customer(6, "Hello.").Agent(20, text).Run();

        Assert.Empty(result.Analysis.Of(QaEventKind.RedLine));
        Assert.Equal(RedLineKinds.RefundWithoutReturn, Assert.Single(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.RedLine).Detail);
        var item = result.Scorecard.Items.Single(i => i.Id == RefundItem);
        Assert.Equal(RubricAnswer.NeedsHuman, item.SuggestedAnswer);
        Assert.Contains(item.Evidence, e => e.Note == "refund-without-return heard in part" && e.Quote == text);
        Assert.False(result.Scorecard.AutoFailed);
    }

    [Theory]
    [InlineData("en", "I'll give you a full refund, no need to worry.")]
    [InlineData("en", "Okay, okay, but I need the order number before we go any further.")]
    [InlineData("fr", "Pouvez-vous me donner votre numéro de commande, s'il vous plaît ?")]
    [InlineData("es", "¿Me podría dar su número de pedido, por favor?")]
    [InlineData("de", "Sie müssen es nicht sofort zurückschicken, Sie haben dreißig Tage.")]
    [InlineData("en", "Could you give me your number, please?")] // "give me your [card] number": "your number" is a phrase of its own
    [InlineData("en", "Okay, but I need the number before we go any further.")]
    [InlineData("es", "¿Me podría dar su número de")] // "su número de [pedido]" as much as "[tarjeta]"
    [InlineData("en", "Hello, you're through to customer care, name is Priya. I already you?")] // a greeting's remains
    public void Another_word_where_the_red_lines_would_be_is_another_phrase(string language, string text)
    {
        var result = Some.Call(100, language).Agent(1, "Hello.").Customer(6, "Hello.").Agent(20, text).Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.RedLine);
        Assert.All(result.Scorecard.Items.Where(i => i.Critical), i => Assert.Equal(RubricAnswer.Yes, i.SuggestedAnswer));
    }

    [Fact]
    public void A_red_line_heard_in_part_comes_first_among_the_undecided()
    {
        var result = Some.GoodCall().Agent(100, "Look, I'll just give you a full refund, no need to it.").Run();

        Assert.True(result.Triage.NeedsReview);
        Assert.Equal(ReviewPriority.High, result.Triage.Priority);
        Assert.Contains(result.Triage.Reasons, r => r.Code == "critical-undecided" && r.Priority == ReviewPriority.High && r.Message == $"left to a person: {RefundItem}");
    }
}
