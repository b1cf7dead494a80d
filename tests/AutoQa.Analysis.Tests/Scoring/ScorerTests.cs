using AutoQa.Analysis.Rubrics;
using AutoQa.Analysis.Scoring;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Scoring;

public sealed class ScorerTests
{
    private const string Rubric = """
        name: small
        sections:
          - id: process
            weight: 50
            items:
              - { id: greeting, points: 10, detector: greeting, speaker: agent }
          - id: empathy
            weight: 50
            items:
              - { id: empathy.in-time, points: 10, detector: empathy, speaker: agent, window: { from: first-frustration-end, seconds: 30 }, na-unless: customer-frustration }
              - { id: no-interruptions, points: 10, detector: interruption, speaker: agent, negate: true }
          - id: critical
            weight: 0
            items:
              - { id: no-rudeness, points: 0, critical: true, detector: red-line, detail: rudeness, speaker: agent, negate: true }
        """;

    private static Scorecard Score(CallBuilder call)
    {
        var (rubric, problems) = RubricLoader.ParseText(Rubric);
        Assert.True(problems.Count == 0, string.Join("; ", problems));
        return new Scorer(rubric!).Score(Analyzers.Engine.Analyzer.Analyze(call.Build(), call.Metadata));
    }

    [Fact]
    public void An_item_that_does_not_apply_leaves_the_denominator()
    {
        var scorecard = Score(Some.Call(60).Agent(1, "Thank you for calling Lumio support, how can I help you today?"));

        var empathy = scorecard.Items.Single(i => i.Id == "empathy.in-time");
        Assert.Equal(RubricAnswer.NotApplicable, empathy.SuggestedAnswer);
        Assert.Equal(0, empathy.PointsPossible);
        Assert.Equal(100, scorecard.Score);
    }

    [Fact]
    public void A_missing_item_costs_its_share_of_the_section()
    {
        var scorecard = Score(Some.Call(60).Agent(1, "Yeah, hello."));

        Assert.Equal(RubricAnswer.No, scorecard.Items.Single(i => i.Id == "greeting").SuggestedAnswer);
        Assert.Equal(50, scorecard.Score);
        Assert.NotEmpty(scorecard.Items.Single(i => i.Id == "greeting").Evidence);
    }

    [Fact]
    public void A_failed_critical_item_zeroes_the_score()
    {
        var scorecard = Score(Some.Call(60)
            .Agent(1, "Thank you for calling Lumio support, how can I help you today?")
            .Agent(20, "Look, that's your problem, not mine, I don't have all day."));

        var rudeness = scorecard.Items.Single(i => i.Id == "no-rudeness");
        Assert.True(rudeness.AutoFail);
        Assert.True(scorecard.AutoFailed);
        Assert.Equal(0, scorecard.Score);
        Assert.Contains("your problem", Assert.Single(rudeness.Evidence).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_accuracy_is_left_to_a_person_with_hints()
    {
        var result = Some.Call(120).Agent(30, "Someone from the team will contact you within 48 hours.").Run();

        var accuracy = result.Scorecard.Items.Single(i => i.Id == DefaultRubricItems.AnswerAccuracy);
        Assert.Equal(RubricAnswer.NeedsHuman, accuracy.SuggestedAnswer);
        Assert.Equal(0, accuracy.PointsPossible);
        Assert.Contains(accuracy.Evidence, e => e.Quote!.Contains("48 hours", StringComparison.Ordinal));
    }
}
