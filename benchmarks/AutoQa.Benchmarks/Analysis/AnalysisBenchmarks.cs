using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Calls;
using AutoQa.Transcripts;
using BenchmarkDotNet.Attributes;

namespace AutoQa.Benchmarks.Analysis;

/// <summary>
/// Analysis of a five-minute call (turns, timing and phrase detectors, metrics), alone and with scoring and
/// triage under the default rubric; the target is under 5 ms per call on one core. No sentiment scorer: its
/// cost belongs to the sentiment benchmarks.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private QaEngine engine = null!;
    private CallTranscript transcript = null!;
    private CallMetadata metadata = null!;

    [Params(300)]
    public int CallSeconds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        engine = new QaEngine(RubricLoader.LoadDefault());
        transcript = FiveMinuteCall.Build(CallSeconds);
        metadata = new CallMetadata(transcript.CallId, Language: "en");
    }

    [Benchmark(Baseline = true)]
    public int Analyze() => engine.Analyzer.Analyze(transcript, metadata).Events.Count;

    [Benchmark]
    public double AnalyzeScoreAndTriage() => engine.Run(transcript, metadata).Scorecard.Score;
}
