using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Scoring;

/// <summary>The call's language chooses its phrase pack; a call no pack reads is judged only for what timing tells.</summary>
public sealed class CallLanguageTests
{
    // An Italian call: a greeting, a customer interrupted while complaining, empathy and a closing check, then a
    // silence; the default packs read en, de, fr and es.
    private static CallBuilder Italian() => Some.Call(90, "it")
        .Agent(1, "Grazie per aver chiamato il supporto Lumio, sono Marco, come posso aiutarla?")
        .Customer(7, "Il frullatore non si carica più, sono davvero arrabbiato, ho pagato tanto e non funziona", end: 15)
        .Agent(13, "Capisco benissimo, mi dispiace molto.", end: 16)
        .Agent(40, "Posso aiutarla in qualcos'altro?");

    [Fact]
    public void A_call_in_a_language_without_a_phrase_pack_is_judged_only_for_timing_and_goes_to_a_person_saying_why()
    {
        var result = Italian().Run();

        Assert.True(result.Analysis.NoPhrasePack);
        Assert.Equal("it", result.Analysis.Language);
        Assert.Equal([QaEventKind.Interruption, QaEventKind.DeadAir, QaEventKind.DeadAir], result.Analysis.Events.Select(e => e.Kind));
        Assert.All(result.Analysis.Turns, t => Assert.Null(t.Sentiment)); // the sentiment model knows none of its words either
        var judged = result.Scorecard.Items.Where(i => i.SuggestedAnswer != RubricAnswer.NeedsHuman).Select(i => i.Id);
        Assert.Equal([DefaultRubricItems.NoInterruptions, DefaultRubricItems.NoDeadAir], judged);
        Assert.Contains(
            "no phrase pack reads the call's language ('it')",
            result.Scorecard.Items.Single(i => i.Id == DefaultRubricItems.Greeting).Evidence[0].Note,
            StringComparison.Ordinal);
        Assert.Null(result.AgentScore); // no greeting found in Italian is no missing greeting
        Assert.Contains(result.Triage.Reasons, r => r.Code == "no-phrase-pack");
        Assert.DoesNotContain(result.Triage.Reasons, r => r.Code is "low-score" or "undecided");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("DE")]
    [InlineData("de_AT")]
    public void A_language_tag_with_a_region_reads_with_its_language_s_pack(string tag)
    {
        var call = Some.Call(60, "de")
            .Agent(1, "Willkommen bei Lumio, mein Name ist Jonas, wie kann ich Ihnen helfen?")
            .Agent(30, "Kann ich sonst noch etwas für Sie tun?");
        var metadata = call.Metadata with { Language = tag };

        var result = Analyzers.Engine.Run(call.Build(), metadata);

        Assert.Equal("de", result.Analysis.Language);
        Assert.False(result.Analysis.NoPhrasePack);
        Assert.Single(result.Analysis.Of(QaEventKind.Greeting));
        Assert.Single(result.Analysis.Of(QaEventKind.ClosingCheck));
    }
}
