using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Timeline;

/// <summary>A call whose metadata names the customer's channel as the agent's is read the right way round.</summary>
public sealed class SwappedSidesTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_call_whose_metadata_names_the_customer_s_channel_is_read_with_the_agent_who_greets(bool mono)
    {
        var call = Some.GoodCall();
        var right = Analyzers.Engine.Run(call.Build(mono), call.Metadata);
        var wrong = Analyzers.Engine.Run(
            mono ? Relabelled(call.Build(mono: true)) : call.Build(),
            call.Metadata with { AgentChannel = mono ? 0 : 1 });

        Assert.False(right.Analysis.SidesSwapped);
        Assert.True(wrong.Analysis.SidesSwapped);
        Assert.Equal(right.Analysis.Turns.Select(t => (t.Speaker, t.Text)), wrong.Analysis.Turns.Select(t => (t.Speaker, t.Text)));
        Assert.Equal(right.Analysis.Events.Select(e => (e.Kind, e.Speaker)), wrong.Analysis.Events.Select(e => (e.Kind, e.Speaker)));
        Assert.Equal(right.Scorecard.Items.Select(i => i.SuggestedAnswer), wrong.Scorecard.Items.Select(i => i.SuggestedAnswer));
        Assert.Contains(wrong.Analysis.Events, e => e.Kind == QaEventKind.Greeting && e.Speaker == Speaker.Agent);
    }

    [Fact]
    public void An_audio_problem_measured_on_the_metadata_s_agent_channel_is_the_customer_s_when_the_sides_are_swapped()
    {
        var call = Some.GoodCall();
        QaEvent[] noiseOnChannel1 = [new(QaEventKind.AudioDefect, new TimeRange(0, 120), Speaker.Agent, "noise")]; // channel 1, named the agent's

        var analysis = Analyzers.Engine.Analyzer.Analyze(call.Build(), call.Metadata with { AgentChannel = 1 }, noiseOnChannel1);

        Assert.True(analysis.SidesSwapped);
        Assert.Equal(Speaker.Customer, Assert.Single(analysis.Of(QaEventKind.AudioDefect)).Speaker);
    }

    [Fact]
    public void A_call_whose_agent_says_little_keeps_its_sides()
    {
        var analysis = Some.Call(60)
            .Agent(1, "Hello.")
            .Customer(3, "Hi, thank you, I'm calling because my order never arrived and I am really disappointed.")
            .Agent(10, "Order number?")
            .Customer(12, "It's 4417, thank you.")
            .Analyze();

        Assert.False(analysis.SidesSwapped);
        Assert.Equal([Speaker.Agent, Speaker.Customer, Speaker.Agent, Speaker.Customer], analysis.Turns.Select(t => t.Speaker));
    }

    // A mono transcript whose labeller swapped agent and customer.
    private static CallTranscript Relabelled(CallTranscript mono) => mono with
    {
        Channels = [.. mono.Channels.Select(c => c with
        {
            Segments = [.. c.Segments.Select(s => s with { Speaker = s.Speaker == Speaker.Agent ? Speaker.Customer : Speaker.Agent })],
        })],
    };
}
