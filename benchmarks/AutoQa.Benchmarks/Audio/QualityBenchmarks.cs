using AutoQa.Audio;
using AutoQa.Audio.Quality;
using AutoQa.Audio.Vad;
using BenchmarkDotNet.Attributes;

namespace AutoQa.Benchmarks.Audio;

/// <summary>Audio quality analysis of a 5-minute stereo call at 16 kHz, speech regions given. Times real time = 300 s / mean.</summary>
[MemoryDiagnoser]
public class QualityBenchmarks
{
    private const int Samples = 300 * 16_000;

    private readonly AudioQualityAnalyzer _analyzer = new();
    private PcmAudio _audio = null!;
    private IReadOnlyList<SpeechRegion>[] _regions = [];

    [GlobalSetup]
    public void MakeCall()
    {
        var random = new Random(9);
        float[] Channel(int phase) => [.. Enumerable.Range(0, Samples).Select(i => (float)((random.NextDouble() - 0.5) * ((i / 48_000 % 2) == phase ? 0.4 : 0.002)))];
        _audio = new PcmAudio("bench", 16_000, [Channel(0), Channel(1)]);
        SpeechRegion[] Regions(int phase) => [.. Enumerable.Range(0, 100).Where(k => k % 2 == phase).Select(k => new SpeechRegion(k * 3.0, (k * 3.0) + 3.0))];
        _regions = [Regions(0), Regions(1)];
    }

    [Benchmark(Baseline = true, Description = "5 min stereo")]
    public AudioQualityReport Analyze() => _analyzer.Analyze(_audio, _regions);
}
