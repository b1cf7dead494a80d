using AutoQa.Sentiment;
using BenchmarkDotNet.Attributes;

namespace AutoQa.Benchmarks.Sentiment;

/// <summary>
/// Turns per second of the default sentiment model (models/sentiment) on a night's worth of short and long
/// turns. Each benchmark scores <see cref="TurnCount"/> turns and reports the time per turn, so turns per
/// second = 1e9 / Mean (ns).
/// </summary>
[MemoryDiagnoser]
public class SentimentScoringBenchmarks
{
    private const int TurnCount = 1024;

    private static readonly string[] Utterances =
    [
        "thank you for calling customer support this is anna how can i help you",
        "um so uh the parcel never arrived and nobody told me anything",
        "I'm really frustrated, this is the third time I'm calling about the same problem and I want my money back",
        "let me check that for you one moment please",
        "no problem at all happy to help",
        "ich bin wirklich enttäuscht das paket ist immer noch nicht da",
        "merci beaucoup vous avez été très aimable",
        "quisiera cambiar mi dirección de entrega",
        "okay",
        "I understand how frustrating this is, I'll make sure the replacement goes out today with express shipping and you'll get an email with the tracking number within the hour",
    ];

    private string[] turns = [];
    private string[][] halves = [];
    private OnnxSentimentScorer withRules = null!;
    private OnnxSentimentScorer modelOnly = null!;

    /// <summary>Texts per ONNX Runtime call.</summary>
    [Params(1, 16, 64, 256)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        turns = [.. Enumerable.Range(0, TurnCount).Select(i => Utterances[i % Utterances.Length])];
        halves = [turns[..(TurnCount / 2)], turns[(TurnCount / 2)..]];
        var card = SentimentModelLocator.Find();
        withRules = OnnxSentimentScorer.Load(card, new SentimentOptions { BatchSize = BatchSize });
        modelOnly = OnnxSentimentScorer.Load(card, new SentimentOptions { BatchSize = BatchSize, ApplyRules = false });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        withRules.Dispose();
        modelOnly.Dispose();
    }

    /// <summary>One thread, rules on: what one pipeline worker gets.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = TurnCount)]
    public int WithRulesOneThread() => withRules.Score(turns).Count;

    /// <summary>One thread, model alone.</summary>
    [Benchmark(OperationsPerInvoke = TurnCount)]
    public int ModelOnlyOneThread() => modelOnly.Score(turns).Count;

    /// <summary>Two workers sharing one loaded scorer, as the pipeline runs it on 2 cores.</summary>
    [Benchmark(OperationsPerInvoke = TurnCount)]
    public int WithRulesTwoThreads()
    {
        var counts = new int[2];
        Parallel.For(0, 2, part => counts[part] = withRules.Score(halves[part]).Count);
        return counts[0] + counts[1];
    }
}
