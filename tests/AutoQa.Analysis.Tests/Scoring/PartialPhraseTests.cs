using AutoQa.Analysis.Tests.Detectors;
using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Scoring;

public sealed class PartialPhraseTests
{
    private const string ClosingItem = "professional.closing-check";

    private static CallBuilder Call() => Some.Call(100)
        .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
        .Customer(6, "Hi, my blender will not charge at all.")
        .Agent(20, "Please hold the power button for ten seconds, then plug it in again.")
        .Customer(50, "Great, that solves it, thank you so much.");

    [Fact]
    public void A_closing_check_that_lost_two_words_is_left_to_a_person_not_answered_no()
    {
        // "does that [solve] your [problem]": one word more lost than a match forgives.
        var result = Call().Agent(85, "Okay, does that your today?").Run();

        Assert.DoesNotContain(result.Analysis.Events, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Contains(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck && e.Range.Start >= 85);
        var item = result.Scorecard.Items.Single(i => i.Id == ClosingItem);
        Assert.Equal(RubricAnswer.NeedsHuman, item.SuggestedAnswer);
        Assert.Equal(0, item.Confidence);
        Assert.Contains(item.Evidence, e => e.Note == "closing-check heard in part" && e.Quote!.Contains("does that your", StringComparison.Ordinal));
    }

    [Fact]
    public void A_closing_without_any_check_is_still_a_no()
    {
        var result = Call().Agent(85, "Okay, have a lovely evening, goodbye.").Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, ClosingItem));
    }

    [Fact]
    public void A_full_closing_check_is_a_yes_and_no_partial_phrase()
    {
        var result = Call().Agent(85, "Okay, does that solve your problem?").Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, ClosingItem));
    }
}
