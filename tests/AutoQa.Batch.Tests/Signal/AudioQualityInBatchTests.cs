using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Audio.Decoding;
using AutoQa.Audio.Quality;
using AutoQa.Audio.Vad;
using AutoQa.Batch.Composition;
using AutoQa.Batch.Output;
using AutoQa.Batch.Stages;
using AutoQa.Batch.Tests.Support;
using AutoQa.Events;
using AutoQa.Json;
using AutoQa.Synth;
using AutoQa.Synth.Conditions;
using AutoQa.Synth.Output;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Tests.Signal;

public sealed class AudioQualityInBatchTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_clipped_customer_channel_is_a_defect_of_the_customer_in_the_call_json_the_summary_and_triage()
    {
        Requires.Tool("ffmpeg");
        Requires.Tool("espeak-ng");
        Requires.Tool("flite");
        using var folder = new TempFolder();
        var night = new NightWriter(folder.File("night"));
        var call = await new CallSynthesizer().SynthesizeAsync(
            new CallSpec("clipped", Scenarios.GoodCall, Seed: 5) { TargetSeconds = 40, AgentChannel = 1, Condition = ConditionKinds.Clipping, ConditionTarget = Speaker.Customer },
            Token);
        await night.WriteCallAsync(call, Token);
        await night.WriteMetadataAsync([call.Metadata], Token);
        using var stages = new BatchStages(
            new DecoderStage(new AudioDecoder()),
            new SileroSignalStage(new SileroVad(SharedAssets.Require("models/vad/silero_vad.onnx")), new AudioQualityAnalyzer()),
            new RegionTranscriber(),
            new QaAnalyseStage(new QaEngine(RubricLoader.LoadDefault())));

        var outcome = await new BatchRunner(stages, TestPipeline.Configuration(), TestPipeline.Options(folder.File("out"), night.Folder)).RunAsync(Token);

        Assert.Equal(1, outcome.Processed);
        var result = await AutoQaJson.ReadFileAsync<CallResult>(folder.File("out/calls/clipped.json"), Token);
        var defect = Assert.Single(result.AudioDefects);
        Assert.Equal((QaEventKind.AudioDefect, AudioDefectKinds.Clipping, Speaker.Customer), (defect.Kind, defect.Detail, defect.Speaker));
        var customer = Assert.Single(result.AudioMeasures, m => m.Speaker == Speaker.Customer);
        var agent = Assert.Single(result.AudioMeasures, m => m.Speaker == Speaker.Agent);
        Assert.Equal((0, 1), (customer.Channel, agent.Channel));
        Assert.True(customer.Measures.ClippedShare > 0.001, $"customer clipped share {customer.Measures.ClippedShare}");
        Assert.True(agent.Measures.ClippedShare < 0.001, $"agent clipped share {agent.Measures.ClippedShare}");
        var summary = await AutoQaJson.ReadFileAsync<RunSummary>(folder.File("out/summary.json"), Token);
        Assert.Equal(1, summary.Total.Findings.GetValueOrDefault("audio-defect:clipping"));
        var flagged = Assert.Single(summary.FlaggedCalls);
        Assert.Contains(flagged.Reasons, r => r.Contains("clipping (customer)", StringComparison.Ordinal));
    }
}
