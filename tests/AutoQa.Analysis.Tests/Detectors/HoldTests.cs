using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Detectors;

public sealed class HoldTests
{
    // The call ends as its last words do, so the only silences are the ones a test makes.
    internal static CallBuilder Call(string language = "en", double duration = 44) => Some.Call(duration, language)
        .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
        .Customer(6, "Hi, I want to know if the blender is in stock.");

    [Theory]
    [InlineData("en", "Let me check with our warehouse, could you hold for a moment?", "Sure.", "Thank you for waiting, it is in stock.")]
    [InlineData("de", "Ich frage im Lager nach, bleiben Sie bitte dran.", "Gern.", "Danke fürs Warten, er ist vorrätig.")]
    [InlineData("fr", "Je vérifie auprès de l'entrepôt, ne quittez pas.", "D'accord.", "Merci de votre attente, il est en stock.")]
    [InlineData("es", "Lo consulto con el almacén, no cuelgue, por favor.", "Vale.", "Gracias por esperar, está en stock.")]
    public void The_silence_after_the_agent_asks_the_customer_to_hold_is_a_hold(string language, string request, string answer, string back)
    {
        var analysis = Call(language).Agent(12, request, end: 16).Customer(17, answer, end: 17.6).Agent(40, back).Analyze();

        var hold = Assert.Single(analysis.Of(QaEventKind.Hold));
        Assert.Equal(new TimeRange(17.6, 40), hold.Range);
        Assert.Equal(Speaker.Agent, hold.Speaker);
        Assert.Equal($"{request} | {back}", hold.Quote);
        Assert.Equal(1, analysis.Metrics.Holds);
        Assert.Equal(22.4, analysis.Metrics.HoldSeconds, 3);
        Assert.Single(analysis.Of(QaEventKind.DeadAir)); // 22.4 s is dead air too
    }

    [Fact]
    public void A_customer_calling_into_a_hold_does_not_split_it()
    {
        var analysis = Call()
            .Agent(12, "Could you hold for a moment?", end: 14)
            .Customer(23, "Hello? Are you still there?", end: 24.5)
            .Agent(38, "Thank you for waiting, it is in stock.")
            .Analyze();

        var hold = Assert.Single(analysis.Of(QaEventKind.Hold));
        Assert.Equal(new TimeRange(14, 38), hold.Range);
        Assert.Equal(1, analysis.Metrics.Holds);
    }

    [Fact]
    public void A_customer_who_talks_on_while_on_hold_is_still_on_hold_until_the_agent_is_back()
    {
        var analysis = Call()
            .Agent(12, "Could you hold for a moment?", end: 14)
            .Customer(22, "Hello? Is anyone there? I have been waiting for a while now, this is ridiculous.", end: 28)
            .Agent(40, "Thank you for waiting, it is in stock.")
            .Analyze();

        var hold = Assert.Single(analysis.Of(QaEventKind.Hold));
        Assert.Equal(new TimeRange(14, 40), hold.Range);
        Assert.Equal(26, analysis.Metrics.HoldSeconds, 3);
    }

    [Fact]
    public void A_hold_on_a_mono_call_without_speaker_labels_is_told_by_the_request_and_the_thanks()
    {
        var call = Call()
            .Agent(12, "Let me check with our warehouse, could you hold for a moment?", end: 16)
            .Agent(40, "Thank you for waiting, it is in stock.");
        var unlabelled = call.Build(mono: true, unlabelled: true);

        var analysis = Analyzers.Engine.Analyzer.Analyze(unlabelled, call.Metadata);

        Assert.True(analysis.SpeakersUnknown);
        var hold = Assert.Single(analysis.Of(QaEventKind.Hold));
        Assert.Equal(new TimeRange(16, 40), hold.Range);
        Assert.Equal(1, analysis.Metrics.Holds);
    }

    [Fact]
    public void A_wait_the_agent_thanks_the_customer_for_is_a_hold_when_the_request_was_lost()
    {
        var analysis = Call(duration: 26).Agent(12, "Let me check with our warehouse.", end: 14).Agent(22, "Thanks so much for waiting, it is in stock.").Analyze();

        var hold = Assert.Single(analysis.Of(QaEventKind.Hold));
        Assert.Equal(new TimeRange(14, 22), hold.Range);
        Assert.Empty(analysis.Of(QaEventKind.DeadAir));
    }

    [Theory]
    [InlineData(16.5, "Let me check with our warehouse, could you hold for a moment?")] // resumed after 0.5 s
    [InlineData(30, "Let me check with our warehouse.")] // 14 s of silence nobody asked for or thanked for
    [InlineData(30, "Please hold the power button for ten seconds.")] // the customer holds a button, not the line
    [InlineData(30, "Could you please help me with the order number?")]
    public void Other_silences_are_no_holds(double resumesAt, string request)
    {
        var analysis = Call().Agent(12, request, end: 16).Agent(resumesAt, "The blender is in stock.").Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Hold));
        Assert.Equal(0, analysis.Metrics.Holds);
    }

    [Fact]
    public void A_silence_after_the_request_that_starts_too_late_is_no_hold()
    {
        // The customer talks on for 12 s after the request; the silence after that is theirs to explain.
        var analysis = Call(duration: 48)
            .Agent(12, "Could you hold for a moment?", end: 14)
            .Customer(14.5, "Actually, before you go, I also wanted to ask about the warranty on the blender and the jug.", end: 26.5)
            .Agent(45, "The blender is in stock.")
            .Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Hold));
    }
}
