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
/// Every stage of the night but speech recognition, on a small night of <see cref="Calls"/> synthetic two-channel
/// calls of <see cref="CallSeconds"/> each (16 kHz stereo wavs from tools/AutoQa.Synth), shared by
/// <see cref="Workers"/> workers as the batch's stages share a night: ffmpeg decoding, Silero VAD over both
/// channels, audio quality, then analysis, sentiment, scoring and triage of each call's ground-truth transcript
/// (standing in for the recogniser's). The baseline runs the VAD on every chunk; the other case skips long
/// near-silent stretches (<see cref="SileroVadOptions.SkipBelowDbfs"/>). Times real time =
/// <see cref="Calls"/> x <see cref="CallSeconds"/> / mean; the target is 200x real time on 2 cores (Workers = 2).
/// </summary>
[MemoryDiagnoser]
public class NonAsrStagesBenchmarks
{
    private readonly AudioDecoder decoder = new();
    private readonly AudioQualityAnalyzer quality = new();
    private string folder = string.Empty;
    private (SynthesizedCall Call, string Recording)[] night = [];
    private SileroVad everyChunk = null!;
    private SileroVad skipping = null!;
    private OnnxSentimentScorer sentiment = null!;
    private QaEngine engine = null!;

    /// <summary>How many calls the night has.</summary>
    public const int Calls = 4;

    [Params(120)]
    public int CallSeconds { get; set; }

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("autoqa-bench-e2e-").FullName;
        var synthesizer = new CallSynthesizer();
        var writer = new NightWriter(folder);
        night = [.. Enumerable.Range(1, Calls).Select(seed =>
        {
            var call = synthesizer.SynthesizeAsync(new CallSpec($"bench-{seed}", Scenarios.GoodCall, Seed: seed) { TargetSeconds = CallSeconds }).GetAwaiter().GetResult();
            writer.WriteCallAsync(call).GetAwaiter().GetResult();
            return (call, writer.RecordingPath(call));
        })];
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
        var scores = new double[night.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, night.Length), new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (i, token) =>
            scores[i] = await RunCallAsync(vad, night[i].Call, night[i].Recording, token));
        return scores.Sum();
    }

    private async Task<double> RunCallAsync(SileroVad vad, SynthesizedCall call, string recording, CancellationToken cancellationToken)
    {
        var audio = await decoder.DecodeAsync(recording, cancellationToken);
        var regions = vad.DetectMany([.. audio.Channels.Select(c => new ReadOnlyMemory<float>(c))], cancellationToken);
        var report = quality.Analyze(audio, regions, cancellationToken);
        return engine.Run(call.Transcript, call.Metadata, [.. report.Defects]).Scorecard.Score;
    }
}
