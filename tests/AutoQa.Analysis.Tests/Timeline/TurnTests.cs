using AutoQa.Events;
using AutoQa.Json;
using AutoQa.Rubric;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Timeline;

public sealed class TurnTests
{
    [Fact]
    public void A_mono_transcript_with_speaker_labels_gives_the_same_events_as_stereo()
    {
        var call = Some.Call(120)
            .Customer(10, "the blender stopped working after a week and I would like to know what my options are please", end: 18)
            .Agent(13, "okay but I need the order number before we go any further", end: 17);

        var stereo = call.Analyze();
        var mono = call.Analyze(mono: true);

        Assert.Equal(stereo.Events.Select(e => (e.Kind, e.Speaker)), mono.Events.Select(e => (e.Kind, e.Speaker)));
        Assert.Equal(stereo.Metrics.TalkRatio, mono.Metrics.TalkRatio, 6);
    }

    [Fact]
    public void A_mono_transcript_without_speaker_labels_is_judged_only_for_dead_air_and_goes_to_a_person_saying_why()
    {
        var call = Some.Call(60)
            .Agent(1, "Thank you for calling Lumio support, how can I help you today?")
            .Customer(6, "I am so disappointed, my blender will not charge")
            .Agent(30, "Is there anything else I can help you with today?");
        var unlabelled = call.Build(mono: true, unlabelled: true);

        var result = Analyzers.Engine.Run(unlabelled, call.Metadata);

        Assert.True(result.Analysis.SpeakersUnknown);
        Assert.All(result.Analysis.Turns, t => Assert.Equal(Speaker.Unknown, t.Speaker));
        Assert.Equal(3, result.Analysis.Turns.Count);
        Assert.All(result.Analysis.Events, e => Assert.Equal(QaEventKind.DeadAir, e.Kind));
        Assert.Equal([new TimeRange(9.15, 30), new TimeRange(33.5, 60)], result.Analysis.Events.Select(e => e.Range));
        var deadAir = result.Scorecard.Items.Single(i => i.Id == DefaultRubricItems.NoDeadAir);
        Assert.Equal(RubricAnswer.No, deadAir.SuggestedAnswer);
        Assert.All(result.Scorecard.Items.Where(i => i != deadAir), i => Assert.Equal(RubricAnswer.NeedsHuman, i.SuggestedAnswer));
        Assert.Contains("who speaks is unknown", result.Scorecard.Items[0].Evidence[0].Note, StringComparison.Ordinal);
        Assert.Contains(result.Triage.Reasons, r => r.Code == "speakers-unknown");
        Assert.Null(result.AgentScore); // the dead air's No says nothing of the agent
        Assert.DoesNotContain(result.Triage.Reasons, r => r.Code == "low-score");
    }

    [Fact]
    public void Metrics_give_talk_time_ratio_speed_and_silences()
    {
        var analysis = Some.Call(60)
            .Agent(0, "one two three four five six seven eight nine ten", end: 5)
            .Customer(20, "one two three four five", end: 25)
            .Analyze();

        Assert.Equal(5, analysis.Metrics.Agent.TalkSeconds, 6);
        Assert.Equal(120, analysis.Metrics.Agent.WordsPerMinute, 6);
        Assert.Equal(0.5, analysis.Metrics.TalkRatio, 6);
        Assert.Equal([new TimeRange(5, 20), new TimeRange(25, 60)], analysis.Metrics.Silences);
        Assert.Equal(2, analysis.Of(QaEventKind.DeadAir).Count);
    }

    [Fact]
    public void Card_numbers_written_or_spoken_never_reach_the_output()
    {
        var result = Some.Call(60)
            .Customer(5, "sure it is 4111 1111 1111 1111 and the expiry is next year")
            .Customer(15, "or four one one one two two two two three three three three four four four four")
            .Agent(30, "Can you read me your full card number and the CVV on the back?")
            .Run();

        var json = AutoQaJson.Serialize(result);
        Assert.DoesNotContain("4111", json, StringComparison.Ordinal);
        Assert.DoesNotContain("four one one one", json, StringComparison.Ordinal);
        Assert.Contains("####", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "die Nummer ist vier eins null null fünf fünf null null sechs sechs null null sieben sieben null null")] // "null" is German for zero, not YAML's null
    [InlineData("fr", "le numéro est quatre un zéro zéro cinq cinq zéro zéro six six zéro zéro sept sept zéro zéro")]
    [InlineData("es", "el número es cuatro uno cero cero cinco cinco cero cero seis seis cero cero siete siete cero cero")]
    public void Card_numbers_spoken_in_every_language_are_masked(string language, string said)
    {
        var analysis = Some.Call(60, language).Customer(5, said).Analyze();

        Assert.Equal(16, Assert.Single(analysis.Turns).Words.Count(w => w.Text.All(c => c == '#')));
    }

    [Fact]
    public void The_result_serialises_with_the_suggestion_apart_from_an_empty_human_answer()
    {
        var result = Some.Call(60).Agent(1, "Thank you for calling Lumio support, how can I help you today?").Run();

        var json = AutoQaJson.Serialize(result);

        Assert.Contains("\"schema\": \"autoqa.qa/1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"suggestedAnswer\": \"yes\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("humanAnswer", json, StringComparison.Ordinal);
        Assert.All(result.Scorecard.Items, i => Assert.Null(i.HumanAnswer));
        Assert.Equal(Speaker.Agent, result.Analysis.Turns[0].Speaker);
    }
}
