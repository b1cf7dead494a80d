using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Timeline;

/// <summary>A mono transcript with a diariser's voices instead of roles is read with the voice that greets as the agent, the others as the customer.</summary>
public sealed class VoicesTests
{
    [Theory]
    [InlineData("SPEAKER_00", "SPEAKER_01")]
    [InlineData("SPEAKER_01", "SPEAKER_00")] // the agent is the second voice as much as the first
    public void The_voice_whose_words_are_the_agent_s_is_the_agent(string agentVoice, string customerVoice)
    {
        var call = Some.GoodCall();
        var labelled = Analyzers.Engine.Run(call.Build(mono: true), call.Metadata);

        var voiced = Analyzers.Engine.Run(Voiced(call.Build(mono: true), agentVoice, customerVoice), call.Metadata);

        Assert.Equal(agentVoice, voiced.Analysis.AgentVoice);
        Assert.False(voiced.Analysis.SpeakersUnknown);
        Assert.Equal(labelled.Analysis.Turns.Select(t => (t.Speaker, t.Text)), voiced.Analysis.Turns.Select(t => (t.Speaker, t.Text)));
        Assert.Equal(labelled.Scorecard.Items.Select(i => i.SuggestedAnswer), voiced.Scorecard.Items.Select(i => i.SuggestedAnswer));
        Assert.NotNull(voiced.AgentScore);
    }

    [Fact]
    public void A_customer_the_diariser_split_in_two_voices_is_one_customer()
    {
        var call = Some.GoodCall();
        var labelled = Analyzers.Engine.Run(call.Build(mono: true), call.Metadata);
        var customerTurns = 0;
        var mono = call.Build(mono: true);
        var split = mono with
        {
            Channels = [.. mono.Channels.Select(c => c with
            {
                Segments = [.. c.Segments.Select(s => s with
                {
                    Speaker = Speaker.Unknown,
                    Voice = s.Speaker == Speaker.Agent ? "SPEAKER_01" : customerTurns++ % 2 == 0 ? "SPEAKER_00" : "SPEAKER_02",
                })],
            })],
        };

        var voiced = Analyzers.Engine.Run(split, call.Metadata);

        Assert.Equal("SPEAKER_01", voiced.Analysis.AgentVoice);
        Assert.Equal(labelled.Analysis.Turns.Select(t => (t.Speaker, t.Text)), voiced.Analysis.Turns.Select(t => (t.Speaker, t.Text)));
    }

    [Fact]
    public void Voices_whose_words_tell_no_roles_stay_unknown()
    {
        var call = Some.Call(60)
            .Agent(1, "Hello?")
            .Customer(3, "Hi, it's about order 4417.")
            .Agent(8, "Okay, one second.");

        var analysis = Analyzers.Engine.Run(Voiced(call.Build(mono: true), "A", "B"), call.Metadata).Analysis;

        Assert.True(analysis.SpeakersUnknown);
        Assert.Null(analysis.AgentVoice);
        Assert.All(analysis.Turns, t => Assert.Equal(Speaker.Unknown, t.Speaker));
    }

    // The mono transcript as a diariser writes it: no roles, each segment with its voice.
    private static CallTranscript Voiced(CallTranscript mono, string agentVoice, string customerVoice) => mono with
    {
        Channels = [.. mono.Channels.Select(c => c with
        {
            Segments = [.. c.Segments.Select(s => s with { Speaker = Speaker.Unknown, Voice = s.Speaker == Speaker.Agent ? agentVoice : customerVoice })],
        })],
    };
}
