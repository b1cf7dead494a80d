using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Audio.Decoding;
using AutoQa.Audio.Quality;
using AutoQa.Audio.Vad;
using AutoQa.Benchmarks.Audio;
using AutoQa.Sentiment;
using AutoQa.Synth;
using AutoQa.Synth.Output;
using BenchmarkDotNet.Attributes;

namespace AutoQa.Benchmarks.EndToEnd;

/// <summary>
/// Every stage of the night but speech recognition, on one synthetic two-channel call of <see cref="CallSeconds"/>
/// (a 16 kHz stereo wav from tools/AutoQa.Synth): ffmpeg decoding, Silero VAD over both channels, audio quality,
/// then analysis, sentiment, scoring and triage of the call's ground-truth transcript (standing in for the
/// recogniser's). The baseline runs the VAD on every chunk; the other case skips long near-silent stretches
/// (<see cref="SileroVadOptions.SkipBelowDbfs"/>). Times real time = <see cref="CallSeconds"/> / mean; the target
/// is 200x real time for these stages together on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class NonAsrStagesBenchmarks
{
    private readonly AudioDecoder decoder = new();
    private readonly AudioQualityAnalyzer quality = new();
    private string folder = string.Empty;
    private SynthesizedCall call = null!;
    private string recording = string.Empty;
    private SileroVad everyChunk = null!;
    private SileroVad skipping = null!;
    private OnnxSentimentScorer sentiment = null!;
    private QaEngine engine = null!;

    [Params(120)]
    public int CallSeconds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("autoqa-bench-e2e-").FullName;
        call = new CallSynthesizer().SynthesizeAsync(new CallSpec("bench", Scenarios.GoodCall, Seed: 3) { TargetSeconds = CallSeconds }).GetAwaiter().GetResult();
        var night = new NightWriter(folder);
        night.WriteCallAsync(call).GetAwaiter().GetResult();
        recording = night.RecordingPath(call);
        var vadModel = SharedModel.Path("models/vad/silero_vad.onnx");
        everyChunk = new SileroVad(vadModel, new SileroVadOptions { SkipBelowDbfs = null });
        skipping = new SileroVad(vadModel);
        sentiment = OnnxSentimentScorer.Load(SentimentModelLocator.Find());
        engine = new QaEngine(RubricLoader.LoadDefault(), sentiment);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        everyChunk.Dispose();
        skipping.Dispose();
        sentiment.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "decode + VAD (every chunk) + quality + analysis")]
    public Task<double> EveryChunk() => RunAsync(everyChunk);

    [Benchmark(Description = "decode + VAD (quiet stretches skipped) + quality + analysis")]
    public Task<double> SkippingQuiet() => RunAsync(skipping);

    private async Task<double> RunAsync(SileroVad vad)
    {
        var audio = await decoder.DecodeAsync(recording);
        var regions = vad.DetectMany([.. audio.Channels.Select(c => new ReadOnlyMemory<float>(c))]);
        var report = quality.Analyze(audio, regions);
        return engine.Run(call.Transcript, call.Metadata, [.. report.Defects]).Scorecard.Score;
    }
}
