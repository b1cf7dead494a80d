using System.Globalization;
using System.Reflection;
using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Audio.Decoding;
using AutoQa.Audio.Quality;
using AutoQa.Audio.Vad;
using AutoQa.Batch.Output;
using AutoQa.Batch.Resume;
using AutoQa.Batch.Stages;
using AutoQa.Sentiment;
using AutoQa.Transcription.Engines;
using AutoQa.Transcripts;
using AutoQa.Whisper;
using Microsoft.ML.OnnxRuntime;

namespace AutoQa.Batch.Composition;

/// <summary>Loads the real pipeline: ffmpeg decoding, Silero VAD and audio quality, the selected speech engine, sentiment, rubric scoring and triage.</summary>
public static class PipelineFactory
{
    /// <summary>Loads every model once; the caller disposes the result.</summary>
    /// <exception cref="Models.ModelStoreException">The VAD model is missing; the message lists the places tried and how to get it.</exception>
    /// <exception cref="SpeechEngineUnavailableException">Whisper was asked for and its model is absent.</exception>
    /// <exception cref="RubricException">The rubric is invalid.</exception>
    /// <exception cref="SentimentModelException">The sentiment model is missing or invalid.</exception>
    public static async Task<BatchPipeline> CreateAsync(PipelineSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vad-model"] = VadModelLocator.Find(settings.VadModel),
            ["rubric"] = Path.GetFullPath(settings.Rubric ?? RubricLoader.DefaultPath),
            ["sentiment-model"] = SentimentModelLocator.Find(settings.SentimentModel),
        };
        var rubric = RubricLoader.Load(paths["rubric"]);
        var sentiment = OnnxSentimentScorer.Load(paths["sentiment-model"]);
        var vad = new SileroVad(paths["vad-model"]);
        var engine = await SpeechEngineSelector.SelectAsync(new SpeechEngineSelectorOptions { Engine = settings.Engine, Model = settings.Model, Threads = settings.Threads }, cancellationToken);
        var stages = new BatchStages(
            new DecoderStage(new AudioDecoder()),
            new SileroSignalStage(vad, new AudioQualityAnalyzer()),
            new PackedWindowTranscriber(engine, new SpeechWindowPacker()),
            new QaAnalyseStage(new QaEngine(rubric, sentiment)) { Owned = sentiment });
        try
        {
            // The file the engine loaded, also when the model was named: a different file behind the same name is a different configuration.
            if (SpeechEngineSelector.ModelFileOf(engine) is { } modelFile)
            {
                paths["whisper-model"] = modelFile;
            }

            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (role, path) in paths)
            {
                hashes[role] = await ContentHash.OfFileAsync(path, cancellationToken);
            }

            var configuration = new RunConfiguration(
                engine.Info,
                hashes,
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["max-window-seconds"] = new SpeechWindowPackerOptions().MaxWindowSeconds.ToString(CultureInfo.InvariantCulture),
                },
                Versions(engine));
            return new BatchPipeline(stages, configuration, paths);
        }
        catch
        {
            stages.Dispose();
            throw;
        }
    }

    private static Dictionary<string, string> Versions(ISpeechEngine engine) => new(StringComparer.Ordinal)
    {
        ["autoqa"] = typeof(PipelineFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        ["onnxruntime"] = typeof(InferenceSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        ["dotnet"] = Environment.Version.ToString(),

        // The native library is only loaded with a Whisper model; asking it for its version otherwise would fail.
        ["whisper.cpp"] = SpeechEngineSelector.ModelFileOf(engine) is null ? "not used" : WhisperEngine.NativeVersion,
    };
}
