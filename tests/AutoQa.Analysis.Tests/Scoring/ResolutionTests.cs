using AutoQa.Analysis.Resolution;
using AutoQa.Analysis.Tests.Detectors;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Scoring;

public sealed class ResolutionTests
{
    private const string ReviewItem = "professional.review-invitation";
    private const string CommitmentItem = "accuracy.timeline-commitment";

    private static CallBuilder Call(string language = "en") => Some.Call(100, language)
        .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
        .Customer(6, "Hi, my blender will not charge at all.")
        .Agent(20, "I have passed this to our technical team.");

    [Fact]
    public void A_confirmation_makes_the_call_resolved_and_the_review_invitation_counts()
    {
        var result = Call()
            .Customer(50, "Great, that solves it, thank you so much.")
            .Agent(67, "If you're happy with the service today, we'd love a quick review on our store page.")
            .Run();

        Assert.Equal(ResolutionStatus.Resolved, result.Analysis.Resolution.Status);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, ReviewItem));
        Assert.Equal(RubricAnswer.NotApplicable, LongComplaintTests.Item(result, CommitmentItem));
    }

    [Fact]
    public void Accepting_to_wait_makes_the_call_unresolved_and_a_missing_deadline_a_no()
    {
        var result = Call().Customer(50, "Okay, I'll wait to hear from you then.").Run();

        Assert.Equal(ResolutionStatus.Unresolved, result.Analysis.Resolution.Status);
        Assert.Contains("wait to hear", result.Analysis.Resolution.Evidence!.Quote, StringComparison.Ordinal);
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, CommitmentItem));
        Assert.Equal(RubricAnswer.NotApplicable, LongComplaintTests.Item(result, ReviewItem));
    }

    [Fact]
    public void With_neither_signal_heard_the_items_that_depend_on_it_go_to_a_person()
    {
        var result = Call()
            .Customer(50, "Okay.")
            .Agent(67, "If you're happy with the service today, we'd love a quick review on our store page.")
            .Run();

        Assert.Equal(ResolutionStatus.Unclear, result.Analysis.Resolution.Status);
        var review = result.Scorecard.Items.Single(i => i.Id == ReviewItem);
        Assert.Equal(RubricAnswer.NeedsHuman, review.SuggestedAnswer);
        Assert.Equal(0, review.Confidence);
        Assert.Contains(review.Evidence, e => e.Note?.Contains("resolution unclear", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("Super, ça règle mon problème, merci beaucoup.", ResolutionStatus.Resolved)]
    [InlineData("Non, ça ne règle pas mon problème.", ResolutionStatus.Unresolved)]
    public void A_negation_is_never_forgiven(string words, ResolutionStatus expected)
    {
        var analysis = Some.Call(100, "fr").Customer(80, words).Analyze();

        Assert.Equal(expected, analysis.Resolution.Status);
    }
}
