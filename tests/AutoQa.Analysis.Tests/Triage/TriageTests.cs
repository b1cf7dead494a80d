using AutoQa.Analysis.Triage;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Triage;

public sealed class TriageTests
{
    private static CallBuilder GoodCall() => Some.Call(100)
        .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
        .Customer(6, "Hi, I'm calling about my order of a blender, it will not charge at all.")
        .Agent(12, "Let me make sure I understood, your blender will not charge at all, is that right?")
        .Customer(17, "Yes, exactly that.")
        .Agent(20, "I've arranged a free replacement blender for you, and the return label is in your inbox now.")
        .Customer(50, "Great, that solves it, thank you so much.")
        .Agent(55, "Is there anything else I can help you with today?")
        .Customer(59, "No, nothing else.")
        .Agent(62, "If anything comes up, you can also reach us by live chat or email.")
        .Agent(67, "If you're happy with the service today, we'd love a quick review on our store page.");

    [Fact]
    public void A_good_call_is_not_flagged()
    {
        var result = GoodCall().Run();

        Assert.True(result.Analysis.Resolved);
        Assert.True(result.Scorecard.Score >= 90, $"score {result.Scorecard.Score}");
        Assert.DoesNotContain(result.Triage.Reasons, r => r.Code != "control-sample");
    }

    [Fact]
    public void A_red_line_flags_the_call_as_critical()
    {
        var result = GoodCall().Agent(75, "Honestly, that one is probably not genuine, it looks like a fake to me.").Run();

        Assert.True(result.Triage.NeedsReview);
        Assert.Equal(ReviewPriority.Critical, result.Triage.Priority);
        Assert.Equal("critical-item", result.Triage.Reasons[0].Code);
    }

    [Fact]
    public void Audio_findings_are_carried_into_events_and_reasons()
    {
        var call = GoodCall();
        var defect = new QaEvent(QaEventKind.AudioDefect, new TimeRange(0, 100), Speaker.Agent, AudioDefectKinds.Clipping);

        var result = Analyzers.Engine.Run(call.Build(), call.Metadata, [defect]);

        Assert.Contains(defect, result.Analysis.Events);
        Assert.Contains(result.Triage.Reasons, r => r.Code == "audio-problem" && r.Message.Contains("clipping", StringComparison.Ordinal));
    }

    [Fact]
    public void A_low_score_and_a_negative_ending_give_their_reasons()
    {
        var result = Some.Call(90)
            .Agent(1, "Yeah, hello.")
            .Customer(5, "This is ridiculous, the blender stopped working after a week.")
            .Agent(15, "I need to pass this to our technical team.")
            .Customer(20, "I am so disappointed, this is unacceptable.")
            .Run();

        Assert.Contains(result.Triage.Reasons, r => r.Code == "low-score");
        Assert.Contains(result.Triage.Reasons, r => r.Code == "customer-ended-negative");
        Assert.Equal(ReviewPriority.High, result.Triage.Priority);
    }

    [Fact]
    public void The_control_sample_draws_about_its_rate_of_unflagged_calls_reproducibly()
    {
        var decider = new TriageDecider(new TriageOptions { ControlSampleRate = 0.2, ControlSampleSeed = 3 });
        var call = GoodCall();
        var analysis = Analyzers.Engine.Analyzer.Analyze(call.Build(), call.Metadata);
        var scorecard = Analyzers.Engine.Scorer.Score(analysis);

        var drawn = Enumerable.Range(0, 1000).Count(i => decider.Decide(analysis with { CallId = $"call-{i}" }, scorecard).ControlSample);
        var again = Enumerable.Range(0, 1000).Count(i => decider.Decide(analysis with { CallId = $"call-{i}" }, scorecard).ControlSample);

        Assert.InRange(drawn, 150, 250);
        Assert.Equal(drawn, again);
    }
}
