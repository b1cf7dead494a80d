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

    // Two utterances 40 s apart on one channel: a greeting, then a closing check after dead air.
    private static CallTranscript Transcript(Speaker first, Speaker second)
    {
        TranscriptSegment Say(Speaker speaker, double start, string text) => new(
            0, speaker, start, start + 3, text, [.. text.Split(' ').Select((w, i) => new TranscriptWord(start + (i * 0.3), start + ((i + 1) * 0.3), w, 0.95f))]);
        return new CallTranscript("call-1", 60, new TranscriptEngine("test", "score"),
            [new ChannelTranscript(0, Speaker.Unknown, "en", [Say(first, 1, "Thank you for calling Lumio, how can I help?"), Say(second, 45, "Hi, my blender will not charge.")])]);
    }
}
