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
        .Agent(20, "Let me look at the order on my side.");

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

    [Fact]
    public void When_the_customers_answer_is_lost_the_agents_reported_solution_tells_it_with_less_confidence()
    {
        var confirmed = Call()
            .Agent(40, "I've issued a replacement, and you'll get a tracking link by email.")
            .Customer(50, "Great, that solves it, thank you so much.")
            .Agent(67, "If you're happy with the service today, we'd love a quick review on our store page.")
            .Run();
        var lost = Call()
            .Agent(40, "I've issued a replacement, and you'll get a tracking link by email.")
            .Customer(50, "Great, that it, thank you so much.")
            .Agent(67, "If you're happy with the service today, we'd love a quick review on our store page.")
            .Run();

        Assert.Equal((ResolutionStatus.Resolved, false), (confirmed.Analysis.Resolution.Status, confirmed.Analysis.Resolution.FromAgent));
        Assert.Equal((ResolutionStatus.Resolved, true), (lost.Analysis.Resolution.Status, lost.Analysis.Resolution.FromAgent));
        Assert.Contains("agent reports a solution", lost.Analysis.Resolution.Evidence!.Note, StringComparison.Ordinal);
        var review = lost.Scorecard.Items.Single(i => i.Id == ReviewItem);
        Assert.Equal(RubricAnswer.Yes, review.SuggestedAnswer);
        Assert.InRange(review.Confidence, 0.01, confirmed.Scorecard.Items.Single(i => i.Id == ReviewItem).Confidence * 0.8);
    }

    [Theory]
    [InlineData("en", "I can't solve this from here, so I'm escalating your case to our product team.")]
    [InlineData("de", "Das muss sich ein Spezialist ansehen, ich leite Ihren Fall weiter.")]
    [InlineData("fr", "Je dois transmettre votre dossier à notre équipe technique.")]
    [InlineData("es", "Tengo que pasar su caso a nuestro equipo técnico.")]
    public void When_the_customers_answer_is_lost_a_case_handed_on_makes_the_call_unresolved(string language, string escalation)
    {
        var result = Call(language).Agent(40, escalation).Customer(50, "Okay.").Run();

        Assert.Equal((ResolutionStatus.Unresolved, true), (result.Analysis.Resolution.Status, result.Analysis.Resolution.FromAgent));
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, CommitmentItem));
    }

    [Fact]
    public void The_customers_words_outweigh_the_agents()
    {
        var analysis = Call()
            .Agent(40, "I've issued a replacement, and you'll get a tracking link by email.")
            .Customer(80, "That doesn't help me, I need it working this week.")
            .Analyze();

        Assert.Equal((ResolutionStatus.Unresolved, false), (analysis.Resolution.Status, analysis.Resolution.FromAgent));
    }

    [Theory]
    [InlineData("Let me check the delivery address on your order.")]
    [InlineData("Replacements are sent from our warehouse with a prepaid return label.")]
    public void An_agent_explaining_without_solving_or_handing_on_leaves_the_call_unclear(string words)
    {
        var analysis = Call().Agent(40, words).Customer(50, "Okay.").Analyze();

        Assert.Equal(ResolutionStatus.Unclear, analysis.Resolution.Status);
    }
}
