using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Detectors;

public sealed class InterruptionTests
{
    private const string Long = "the blender stopped working after a week and I would like to know what my options are please";

    [Fact]
    public void An_agent_starting_mid_utterance_is_an_interruption_from_onset_to_overlap_end()
    {
        var analysis = Some.Call()
            .Customer(10, Long, end: 18)
            .Agent(13, "okay but I need the order number before we go any further", end: 17)
            .Analyze();

        var interruption = Assert.Single(analysis.Of(QaEventKind.Interruption));
        Assert.Equal(Speaker.Agent, interruption.Speaker);
        Assert.Equal(13, interruption.Range.Start, 3);
        Assert.Equal(17, interruption.Range.End, 3);
        Assert.Equal(1, analysis.Metrics.Agent.Interruptions);
    }

    [Fact]
    public void A_backchannel_inside_the_customers_speech_is_not_an_interruption()
    {
        var analysis = Some.Call()
            .Customer(10, Long, end: 18)
            .Agent(12, "mm-hmm", end: 12.6)
            .Agent(14.5, "right", end: 15.1)
            .Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Interruption));
        Assert.All(analysis.Turns.Where(t => t.Speaker == Speaker.Agent), t => Assert.True(t.Backchannel));
    }

    [Theory]
    [InlineData("that", 0)]
    [InlineData("I kept", 0)]
    [InlineData("m m h m m", 0)]
    [InlineData("wait stop there", 1)]
    public void One_or_two_short_words_are_a_misheard_backchannel_three_are_an_interruption(string text, int interruptions)
    {
        var analysis = Some.Call()
            .Customer(10, Long, end: 18)
            .Agent(12, text, end: 12.9)
            .Analyze();

        Assert.Equal(interruptions, analysis.Of(QaEventKind.Interruption).Count);
    }

    [Fact]
    public void Speech_in_a_pause_that_the_recogniser_kept_inside_the_other_partys_segment_interrupts_nobody()
    {
        var analysis = Some.Call()
            .OneSegment(Speaker.Agent, (31, "honestly that one is probably not genuine"), (37.6, "I have processed the exchange for you today"))
            .Customer(35, "alright then go on please", end: 36.4)
            .Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Interruption));
        Assert.Equal([(31, 33.45), (35, 36.4), (37.6, 40.4)], analysis.Turns.Select(t => (Math.Round(t.Start, 2), Math.Round(t.End, 2))));
    }

    [Fact]
    public void Starting_when_the_other_party_has_under_a_second_left_is_not_an_interruption()
    {
        var analysis = Some.Call()
            .Customer(10, Long, end: 18)
            .Agent(17.3, "let me check that order for you right now", end: 20)
            .Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Interruption));
    }

    [Fact]
    public void A_customer_talking_over_the_agent_is_the_customers_interruption()
    {
        var analysis = Some.Call()
            .Agent(10, "the model you have has a safety cut out so it switches off when the motor gets too warm", end: 17)
            .Customer(12, "right but that is not what I asked you please just answer the question", end: 16)
            .Analyze();

        Assert.Equal(Speaker.Customer, Assert.Single(analysis.Of(QaEventKind.Interruption)).Speaker);
        Assert.Empty(analysis.Of(QaEventKind.Interruption, Speaker.Agent));
    }
}
