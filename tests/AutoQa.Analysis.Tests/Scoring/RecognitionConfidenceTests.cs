using AutoQa.Analysis.Rubrics;
using AutoQa.Analysis.Scoring;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Scoring;

public sealed class RecognitionConfidenceTests
{
    private const string ClosingItem = "professional.closing-check";

    // PocketSphinx's words for "Have I answered all your questions today?" on a generated call, with about the mean
    // probability it gave them; its segments with such a mean had a word error rate of 0.73.
    private const string Misheard = "can i get all the lincoln to me";

    private static CallBuilder Call() => PartialPhraseTests.Call();

    [Fact]
    public void A_phrase_missing_over_words_the_recogniser_was_unsure_of_is_left_to_a_person()
    {
        var result = Call().Agent(80, Misheard, heard: 0.3f).Run();

        var item = result.Scorecard.Items.Single(i => i.Id == ClosingItem);
        Assert.Equal(RubricAnswer.NeedsHuman, item.SuggestedAnswer);
        Assert.Equal(0, item.PointsPossible);
        Assert.Contains(item.Evidence, e => e.Quote == Misheard && e.Range.Start == 80
            && e.Note == "heard with confidence 0.30: the closing-check may be among the misheard words");
        Assert.Contains(result.Triage.Reasons, r => r.Code == "undecided" && r.Message.Contains(ClosingItem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_missing_over_words_heard_with_confidence_is_a_no()
    {
        var item = Call().Agent(80, Misheard, heard: 0.7f).Run().Scorecard.Items.Single(i => i.Id == ClosingItem);

        Assert.Equal(RubricAnswer.No, item.SuggestedAnswer);
    }

    [Fact]
    public void Only_the_words_of_the_party_the_item_judges_count()
    {
        var result = Call().Agent(80, "Okay, great.").Customer(83, "thanks for the lincoln", heard: 0.3f).Run();

        Assert.Equal(RubricAnswer.No, result.Scorecard.Items.Single(i => i.Id == ClosingItem).SuggestedAnswer);
    }

    [Theory]
    [InlineData(0.3f, RubricAnswer.NeedsHuman)] // "this is a disgrace" misheard: a frustration may be lost
    [InlineData(0.9f, RubricAnswer.NotApplicable)]
    public void No_frustration_heard_over_the_customer_s_uncertain_words_is_no_n_a(float heard, RubricAnswer expected)
    {
        var result = Call().Customer(30, "this is a d is grace", heard: heard).Run();

        var item = result.Scorecard.Items.Single(i => i.Id == "empathy.within-30s");
        Assert.Equal(expected, item.SuggestedAnswer);
        Assert.Contains(item.Evidence, e => e.Note == "no customer-frustration in the call");
        Assert.Equal(heard < 0.5f, item.Evidence.Any(e => e.Quote == "this is a d is grace" && e.Note == "heard with confidence 0.30: the customer-frustration may be among the misheard words"));
    }

    [Fact]
    public void A_threshold_of_zero_turns_the_check_off()
    {
        var call = Call().Agent(80, Misheard, heard: 0.3f);
        var rubric = RubricLoader.LoadDefault() with { Analysis = new AnalysisOptions { MissingPhraseMinConfidence = 0 } };

        var scorecard = new Scorer(rubric).Score(Analyzers.Engine.Analyzer.Analyze(call.Build(), call.Metadata));

        Assert.Equal(RubricAnswer.No, scorecard.Items.Single(i => i.Id == ClosingItem).SuggestedAnswer);
    }

    [Fact]
    public void An_item_the_rubric_leaves_to_a_person_does_not_flag_the_call()
    {
        var result = Call().Agent(80, "Is there anything else I can help you with today?").Customer(84, "No, that's all.").Run();

        var manual = Assert.Single(result.Scorecard.Items, i => i.Manual);
        Assert.Equal(RubricAnswer.NeedsHuman, manual.SuggestedAnswer);
        Assert.False(manual.Undecided);
        Assert.DoesNotContain(result.Triage.Reasons, r => r.Code == "undecided");
    }
}
