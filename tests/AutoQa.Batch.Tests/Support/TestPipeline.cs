using AutoQa.Audio.Decoding;
using AutoQa.Audio.Vad;
using AutoQa.Batch.Composition;
using AutoQa.Batch.Output;
using AutoQa.Batch.Stages;

namespace AutoQa.Batch.Tests.Support;

/// <summary>The stages the runner tests connect: real ffmpeg decoding and real Silero VAD, stand-in recogniser and analyser.</summary>
internal static class TestPipeline
{
    public static BatchStages Stages()
    {
        var vadModel = SharedAssets.Require("models/vad/silero_vad.onnx");
        return new BatchStages(
            new DecoderStage(new AudioDecoder()),
            new SileroSignalStage(new SileroVad(vadModel)),
            new RegionTranscriber(),
            new SpeechShareAnalyser());
    }

    public static RunConfiguration Configuration(string setting = "default") => new(
        new AutoQa.Transcripts.TranscriptEngine("regions", "none"),
        new Dictionary<string, string> { ["vad-model"] = "test" },
        new Dictionary<string, string> { ["setting"] = setting },
        new Dictionary<string, string> { ["autoqa"] = "test" });

    public static BatchOptions Options(string output, params string[] inputs) => new()
    {
        Inputs = inputs,
        OutputFolder = output,
        DecodeWorkers = 2,
        TranscribeWorkers = 2,
    };
}
