using System.Diagnostics;
using AutoQa.Audio.Decoding;
using AutoQa.Whisper;
using BenchmarkDotNet.Attributes;

namespace AutoQa.Benchmarks.Whisper;

/// <summary>
/// Whole-file transcription through AutoQa's whisper.cpp binding against whisper.cpp's own whisper-cli from the same
/// build: same model file, same audio, 2 threads, greedy decoding with best-of 5 and the 0.2 temperature fallback,
/// no token timestamps (whisper-cli's defaults with -bs 1). Both sides load the model and transcribe; the binding's
/// audio is decoded in setup (whisper-cli reads the 16 kHz WAV itself, a few milliseconds).
/// Run: dotnet run -c Release --project benchmarks/AutoQa.Benchmarks -- --filter '*WhisperVsCli*' --job short
/// </summary>
[MemoryDiagnoser]
public class WhisperVsCliBenchmarks
{
    private const int Threads = 2;
    private string modelPath = string.Empty;
    private string audioPath = string.Empty;
    private string cliPath = string.Empty;
    private float[] samples = [];

    /// <summary>The shared test model (real shapes and compute).</summary>
    [Params("tiny.en", "base.en")]
    public string Model { get; set; } = "tiny.en";

    /// <summary>The shared recording.</summary>
    [Params("jfk.wav", "silero-test-en-60s.wav")]
    public string Audio { get; set; } = "jfk.wav";

    [GlobalSetup]
    public void Setup()
    {
        var shared = Environment.GetEnvironmentVariable("AUTOQA_SHARED") ?? FindShared();
        modelPath = Path.Combine(shared, "models", "whisper", $"for-tests-ggml-{Model}.bin");
        audioPath = Path.Combine(shared, "audio", Audio);
        var cache = Environment.GetEnvironmentVariable("AUTOQA_NATIVE_CACHE")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "autoqa", "native");
        cliPath = Path.Combine(cache, "whisper.cpp-1.9.1-cpu", "bin", "whisper-cli");
        samples = new AudioDecoder().DecodeAsync(audioPath).GetAwaiter().GetResult().Channels[0];
    }

    [Benchmark(Baseline = true, Description = "whisper-cli")]
    public int WhisperCli()
    {
        var start = new ProcessStartInfo(cliPath)
        {
            ArgumentList = { "-m", modelPath, "-f", audioPath, "-t", $"{Threads}", "-bs", "1", "-bo", "5", "-tpi", "0.2", "-l", "en", "-np" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"whisper-cli exited with {process.ExitCode}");
    }

    [Benchmark(Description = "binding")]
    public int Binding()
    {
        var recognition = new WhisperRecognitionOptions
        {
            Threads = Threads,
            Strategy = WhisperSamplingStrategy.Greedy,
            BestOf = 5,
            TemperatureIncrement = 0.2f,
            TokenTimestamps = false,
            Language = "en",
        };
        using var engine = WhisperEngine.Load(new WhisperEngineOptions { ModelPath = modelPath, Recognition = recognition });
        using var recognizer = engine.CreateRecognizer();
        return recognizer.Transcribe(samples).Segments.Count;
    }

    private static string FindShared()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "shared", "SOURCES.md")))
            {
                return Path.Combine(folder.FullName, "shared");
            }
        }

        throw new DirectoryNotFoundException("The shared assets folder was not found: set AUTOQA_SHARED.");
    }
}
