using AutoQa.Batch.Composition;
using AutoQa.Batch.Output;
using AutoQa.Batch.Tests.Support;
using AutoQa.Json;
using AutoQa.Transcription.Engines;

namespace AutoQa.Batch.Tests.EndToEnd;

public sealed class RealPipelineTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_real_pipeline_writes_whisper_transcripts_scorecards_and_a_failure_record()
    {
        using var folder = new TempFolder();
        await Nights.SpeechAsync(folder.File("night"), 2, Token);
        var bad = Nights.Bad(folder.File("bad"));
        var settings = new PipelineSettings
        {
            Engine = SpeechEngineKind.Whisper,
            Model = SharedAssets.Require("models/whisper/for-tests-ggml-tiny.en.bin"),
            VadModel = SharedAssets.Require("models/vad/silero_vad.onnx"),
            Threads = 2,
        };
        using var pipeline = await PipelineFactory.CreateAsync(settings, Token);
        var options = TestPipeline.Options(folder.File("out"), folder.File("night"), bad[0]);

        var outcome = await new BatchRunner(pipeline.Stages, pipeline.Configuration, options).RunAsync(Token);

        Assert.Equal((2, 1, BatchExitCode.PartialFailure), (outcome.Processed, outcome.Failed, outcome.ExitCode));
        var call = await AutoQaJson.ReadFileAsync<CallResult>(folder.File("out/calls/call-01.json"), Token);
        Assert.Equal("whisper", call.Transcript.Engine.Name);
        Assert.NotNull(call.Analysis["scorecard"]);
        Assert.NotNull(call.Analysis["triage"]);
        // Only speech reaches the recogniser: every segment lies inside the call, on the channel's speech.
        Assert.All(call.Transcript.Channels.SelectMany(c => c.Segments), s => Assert.InRange(s.End, 0, call.Audio.DurationSeconds + 0.5));
        // A word begun in the silence placed between two stretches of speech belongs to the later one: no word
        // straddles a pause the packer did not keep.
        foreach (var channel in call.Transcript.Channels)
        {
            var pauses = call.Speech[channel.Channel].Zip(call.Speech[channel.Channel].Skip(1), (before, after) => (From: before.End, To: after.Start)).Where(p => p.To - p.From > 1.0);
            Assert.All(channel.Segments.SelectMany(s => s.Words), w => Assert.DoesNotContain(pauses, p => w.Start <= p.From && w.End > p.To));
        }

        var manifest = await AutoQaJson.ReadFileAsync<RunManifest>(folder.File("out/run-manifest.json"), Token);
        Assert.Contains("whisper.cpp", manifest.Versions.Keys);
        Assert.Equal(pipeline.Configuration.ComputeHash(), manifest.ConfigHash);
        Assert.Contains("whisper-model", manifest.FileHashes.Keys);
    }
}
