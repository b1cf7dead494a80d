using AutoQa.Audio.Vad;
using BenchmarkDotNet.Attributes;

namespace AutoQa.Benchmarks.Audio;

/// <summary>
/// Silero VAD over 5 minutes of 16 kHz audio in total, cut into 8 streams of 37.5 s (channels of calls), run one
/// stream at a time (the baseline) or batched B streams per model run. Times real time = 300 s / mean.
/// The model comes from AUTOQA_SHARED (default: the 'shared' folder beside the repository).
/// </summary>
[MemoryDiagnoser]
public class VadBenchmarks
{
    private const int Streams = 8;
    private const int StreamSamples = 300 * SileroVad.SampleRate / Streams;

    private SileroVad? _vad;
    private ReadOnlyMemory<float>[] _streams = [];

    [GlobalSetup]
    public void LoadModel()
    {
        _vad = new SileroVad(SharedModel.Path("models/vad/silero_vad.onnx"));
        var random = new Random(5);

        // Bursts of noise every other 3 s: half speech-like activity, half quiet, as on one side of a call.
        _streams = [.. Enumerable.Range(0, Streams).Select(_ => (ReadOnlyMemory<float>)Enumerable.Range(0, StreamSamples)
            .Select(i => (float)((random.NextDouble() - 0.5) * (i / (3 * SileroVad.SampleRate) % 2 == 0 ? 0.4 : 0.002)))
            .ToArray())];
    }

    [GlobalCleanup]
    public void Unload() => _vad?.Dispose();

    [Benchmark(Baseline = true, Description = "batch 1 (Detect per stream)")]
    public int Batch1() => _streams.Sum(stream => _vad!.Detect(stream.Span).Count);

    [Benchmark(Description = "batch 2")]
    public int Batch2() => DetectInBatchesOf(2);

    [Benchmark(Description = "batch 4")]
    public int Batch4() => DetectInBatchesOf(4);

    [Benchmark(Description = "batch 8")]
    public int Batch8() => DetectInBatchesOf(8);

    private int DetectInBatchesOf(int size) =>
        _streams.Chunk(size).Sum(batch => _vad!.DetectMany(batch).Sum(regions => regions.Count));
}
