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
        using var folder = new TempFolder();
        var (result, _) = await RunAsync(folder, new CallSpec("clipped", Scenarios.GoodCall, Seed: 5) { TargetSeconds = 40, AgentChannel = 1, Condition = ConditionKinds.Clipping, ConditionTarget = Speaker.Customer });

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

    [Fact]
    public async Task The_customers_echo_on_the_agents_line_is_a_defect_of_the_agents_channel_and_never_the_agents_speech()
    {
        using var folder = new TempFolder();
        var (result, truth) = await RunAsync(folder, new CallSpec("echo", Scenarios.GoodCall, Seed: 7) { TargetSeconds = 60, AgentChannel = 0, Condition = ConditionKinds.Echo, ConditionTarget = Speaker.Agent });

        var defect = Assert.Single(result.AudioDefects);
        Assert.Equal((AudioDefectKinds.Echo, Speaker.Agent), (defect.Detail, defect.Speaker));
        var agent = Assert.Single(result.AudioMeasures, m => m.Speaker == Speaker.Agent).Measures;
        Assert.True(agent.EchoSeconds > 3, $"echo {agent.EchoSeconds} s");
        // Every region passed on as the agent's speech holds the agent's words; the customer's alone are echo.
        var agentSays = truth.Utterances.Where(u => u.Speaker == Speaker.Agent).ToList();
        Assert.All(result.Speech[0], region => Assert.Contains(agentSays, u => u.Start < region.End && u.End > region.Start));
        Assert.All(agentSays, u => Assert.Contains(result.Speech[0], region => u.Start < region.End && u.End > region.Start));
    }

    [Theory]
    [InlineData("call-0009", 0)] // the customer's "right" during the agent's sentence once read as echo
    [InlineData("call-0024", 0)] // the agent's "okay" during the customer's complaint
    [InlineData("call-0018", 1)] // the customer's echo on the agent's line, and the customer's "uh-huh" that is speech
    public async Task A_short_reply_during_the_other_partys_speech_is_never_echo(string callId, int echoChannels)
    {
        using var folder = new TempFolder();
        var spec = new NightGenerator().Plan(new NightOptions { Calls = 40, Seed = 32, Language = "en", CallSeconds = 90 }).Single(s => s.CallId == callId);

        var (result, _) = await RunAsync(folder, spec);

        Assert.Equal(echoChannels, result.AudioMeasures.Count(m => m.Measures.EchoSeconds > 0));
        Assert.All(result.AudioMeasures.Where(m => m.Measures.EchoSeconds > 0), m => Assert.True(m.Measures.EchoSeconds > 10, $"{m.Speaker}: {m.Measures.EchoSeconds} s of echo"));
    }

    private static async Task<(CallResult Result, AutoQa.Truth.CallTruth Truth)> RunAsync(TempFolder folder, CallSpec spec)
    {
        Requires.Tool("ffmpeg");
        Requires.Tool("espeak-ng");
        Requires.Tool("flite");
        var night = new NightWriter(folder.File("night"));
        var call = await new CallSynthesizer().SynthesizeAsync(spec, Token);
        await night.WriteCallAsync(call, Token);
        await night.WriteMetadataAsync([call.Metadata], Token);
        using var stages = new BatchStages(
            new DecoderStage(new AudioDecoder()),
            new SileroSignalStage(new SileroVad(SharedAssets.Require("models/vad/silero_vad.onnx")), new AudioQualityAnalyzer()),
            new RegionTranscriber(),
            new QaAnalyseStage(new QaEngine(RubricLoader.LoadDefault())));

        var outcome = await new BatchRunner(stages, TestPipeline.Configuration(), TestPipeline.Options(folder.File("out"), night.Folder)).RunAsync(Token);

        Assert.Equal(1, outcome.Processed);
        return (await AutoQaJson.ReadFileAsync<CallResult>(folder.File($"out/calls/{spec.CallId}.json"), Token), call.Truth);
    }
}
