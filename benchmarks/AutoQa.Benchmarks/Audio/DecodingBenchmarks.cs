using AutoQa.Audio;
using AutoQa.Audio.Decoding;
using BenchmarkDotNet.Attributes;

namespace AutoQa.Benchmarks.Audio;

/// <summary>
/// Decoding 5 minutes of stereo call audio to 16 kHz float PCM per channel (probe + ffmpeg through a pipe).
/// Times real time = 300 s / mean.
/// </summary>
[MemoryDiagnoser]
public class DecodingBenchmarks
{
    private readonly AudioDecoder _decoder = new();
    private string _folder = string.Empty;
    private string _ulaw = string.Empty;
    private string _mp3 = string.Empty;

    [GlobalSetup]
    public void MakeRecordings()
    {
        _folder = Directory.CreateTempSubdirectory("autoqa-bench-decoding-").FullName;
        _ulaw = BenchmarkRecordings.Make(_folder, "call-ulaw-8k.wav", 8_000, "-c:a", "pcm_mulaw");
        _mp3 = BenchmarkRecordings.Make(_folder, "call-44k.mp3", 44_100, "-c:a", "libmp3lame", "-b:a", "64k");
    }

    [GlobalCleanup]
    public void DeleteRecordings() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "5 min stereo 8 kHz u-law wav")]
    public Task<PcmAudio> UlawWav() => _decoder.DecodeAsync(_ulaw);

    [Benchmark(Description = "5 min stereo 44.1 kHz mp3")]
    public Task<PcmAudio> Mp3() => _decoder.DecodeAsync(_mp3);
}
