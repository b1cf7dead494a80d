namespace AutoQa.Whisper.Tests.Support;

/// <summary>
/// The one whisper engine the tests share (loading is the expensive part): the shared tiny.en test model completed
/// with random weights (see <see cref="RandomWeightsModel"/>), or the model named by <c>AUTOQA_TEST_WHISPER_MODEL</c>.
/// Tests skip with the reason when the native library is not built.
/// </summary>
public sealed class WhisperFixture : IDisposable
{
    private readonly Lazy<WhisperEngine?> engine;
    private readonly Lazy<TimedTranscription> speech;
    private readonly TempFolder folder = new();
    private string? unavailable;

    public WhisperFixture()
    {
        engine = new Lazy<WhisperEngine?>(LoadOrRecordWhy);
        speech = new Lazy<TimedTranscription>(TranscribeSpeech);
    }

    /// <summary>Settings that make runs repeatable: no temperature fallback, 2 threads (the CI machine's cores).</summary>
    public static WhisperRecognitionOptions Deterministic { get; } = new() { Threads = 2, TemperatureIncrement = 0 };

    /// <summary>The shared engine; skips the calling test when the native library or the model is absent.</summary>
    public WhisperEngine Engine
    {
        get
        {
            var loaded = engine.Value;
            if (loaded is null)
            {
                Assert.Skip(unavailable!);
            }

            return loaded;
        }
    }

    /// <summary>jfk.wav (11 s, one 30 s window) transcribed once with the engine's options, and how long that took.</summary>
    public TimedTranscription Speech => speech.Value;

    /// <summary>The first <paramref name="seconds"/> of jfk.wav.</summary>
    public static float[] SpeechSamples(double seconds = double.PositiveInfinity)
    {
        var samples = TestWav.ReadMono16k(SharedAssets.Require("audio/jfk.wav"));
        return samples[..(int)Math.Min(samples.Length, seconds * 16_000)];
    }

    public void Dispose()
    {
        if (engine.IsValueCreated)
        {
            engine.Value?.Dispose();
        }

        folder.Dispose();
    }

    private WhisperEngine? LoadOrRecordWhy()
    {
        var model = Environment.GetEnvironmentVariable("AUTOQA_TEST_WHISPER_MODEL") is { Length: > 0 } configured
            ? configured
            : folder.File("ggml-tiny.en-random.bin");
        try
        {
            if (!File.Exists(model))
            {
                RandomWeightsModel.Create(SharedAssets.Require("models/whisper/for-tests-ggml-tiny.en.bin"), model, seed: 2024);
            }

            return WhisperEngine.Load(new WhisperEngineOptions { ModelPath = model, Recognition = Deterministic });
        }
        catch (WhisperException exception) when (exception.Kind == WhisperErrorKind.NativeLibraryNotFound)
        {
            unavailable = "whisper.cpp is not built: run tools/build-whisper.sh. " + exception.Message;
            return null;
        }
    }

    private TimedTranscription TranscribeSpeech()
    {
        var samples = SpeechSamples();
        using var recognizer = Engine.CreateRecognizer();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var transcription = recognizer.Transcribe(samples);
        return new TimedTranscription(transcription, clock.Elapsed, samples.Length / 16_000.0);
    }
}
