using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Batch.Composition;
using AutoQa.Batch.Stages;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Tests.Output;

public sealed class CallScoreTests
{
    private static readonly QaAnalyseStage Stage = new(new QaEngine(RubricLoader.LoadDefault()));
    private static readonly SignalReport NoSignal = new([], [], []);

    [Fact]
    public void A_call_with_known_speakers_has_a_score_to_average()
    {
        var assessment = Stage.Assess(Transcript(Speaker.Agent, Speaker.Customer), new CallMetadata("call-1", Language: "en"), NoSignal, TestContext.Current.CancellationToken);

        Assert.NotNull(assessment.Score);
    }

    [Fact]
    public void A_mono_call_without_speaker_labels_has_no_score_to_average()
    {
        // Only its dead air is judged (here: a No); that says nothing of the agent, so an agent's average must not take it.
        var assessment = Stage.Assess(Transcript(Speaker.Unknown, Speaker.Unknown), new CallMetadata("call-1", Language: "en"), NoSignal, TestContext.Current.CancellationToken);

        Assert.Null(assessment.Score);
        Assert.Contains("dead-air", assessment.Findings);
        Assert.Contains("triage:speakers-unknown", assessment.Findings);
    }

    [Fact]
    public void A_call_whose_labels_give_the_agent_s_words_to_the_customer_is_counted_as_sides_swapped()
    {
        var transcript = Transcript(
            (Speaker.Customer, 1, "Thank you for calling Lumio, my name is Anna, how can I help?"),
            (Speaker.Agent, 6, "Hi, my blender will not charge."),
            (Speaker.Customer, 12, "Is there anything else I can help you with today?"));

        var assessment = Stage.Assess(transcript, new CallMetadata("call-1", Language: "en"), NoSignal, TestContext.Current.CancellationToken);

        Assert.Contains(QaAnalyseStage.SidesSwappedFinding, assessment.Findings);
        Assert.Contains("greeting", assessment.Findings);
    }

    // Two utterances 40 s apart on one channel: a greeting, then a customer's words after dead air.
    private static CallTranscript Transcript(Speaker first, Speaker second) =>
        Transcript((first, 1, "Thank you for calling Lumio, how can I help?"), (second, 45, "Hi, my blender will not charge."));

    private static CallTranscript Transcript(params (Speaker Speaker, double Start, string Text)[] said)
    {
        TranscriptSegment Say(Speaker speaker, double start, string text) => new(
            0, speaker, start, start + 3, text, [.. text.Split(' ').Select((w, i) => new TranscriptWord(start + (i * 0.3), start + ((i + 1) * 0.3), w, 0.95f))]);
        return new CallTranscript("call-1", 60, new TranscriptEngine("test", "score"),
            [new ChannelTranscript(0, Speaker.Unknown, "en", [.. said.Select(s => Say(s.Speaker, s.Start, s.Text))])]);
    }
}
