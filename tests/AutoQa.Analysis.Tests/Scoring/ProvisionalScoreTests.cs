using AutoQa.Analysis.Rubrics;
using AutoQa.Analysis.Scoring;
using AutoQa.Analysis.Triage;

namespace AutoQa.Analysis.Tests.Scoring;

/// <summary>A score that rests on few decided items does not measure the agent.</summary>
public sealed class ProvisionalScoreTests
{
    // Every agent phrase the rubric looks for misheard, with the low word probabilities PocketSphinx gives such
    // words: the phrase items go to a person, and only the timeline items (no interruption, no dead air) are decided.
    private static CallBuilder MisheardAgent() => Some.Call(100)
        .Agent(1, "hi thanks for cooling the loom you help lying this is and a how can i yelp", heard: 0.3f)
        .Customer(8, "Hi, my blender will not charge at all.")
        .Agent(20, "please old the power button for ten seconds then plug it in again", heard: 0.3f)
        .Customer(50, "Great, that solves it, thank you so much.")
        .Agent(80, "can i get all the lincoln to me", heard: 0.3f);

    [Fact]
    public void A_score_resting_on_few_decided_items_is_provisional_and_no_measure_of_the_agent()
    {
        var result = MisheardAgent().Run();

        Assert.True(result.Scorecard.Provisional);
        Assert.InRange(result.Scorecard.DecidedShare, 0, 0.49);
        Assert.Null(result.AgentScore);
        Assert.DoesNotContain(result.Triage.Reasons, r => r.Code == "low-score");
        Assert.Contains(result.Triage.Reasons, r => r.Code == "undecided"); // a person still answers the rest
    }

    [Fact]
    public void A_call_with_every_item_decided_is_scored()
    {
        var result = PartialPhraseTests.Call()
            .Agent(80, "Is there anything else I can help you with today? You can also reach us by live chat.")
            .Run();

        Assert.False(result.Scorecard.Provisional);
        Assert.Equal(1, result.Scorecard.DecidedShare);
        Assert.Equal(result.Scorecard.Score, result.AgentScore);
    }

    [Fact]
    public void A_failed_critical_item_is_never_provisional()
    {
        var result = MisheardAgent().Agent(90, "Oh just shut up, will you.").Run();

        Assert.True(result.Scorecard.AutoFailed);
        Assert.False(result.Scorecard.Provisional);
        Assert.Equal(0, result.AgentScore);
    }

    [Fact]
    public void A_share_of_zero_scores_every_call()
    {
        var call = MisheardAgent();
        var rubric = RubricLoader.LoadDefault() with { Triage = new TriageOptions { MinDecidedShare = 0 } };

        var scorecard = new Scorer(rubric).Score(Analyzers.Engine.Analyzer.Analyze(call.Build(), call.Metadata));

        Assert.False(scorecard.Provisional);
    }
}
