using System.Globalization;
using System.Reflection;
using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Audio.Decoding;
using AutoQa.Audio.Vad;
using AutoQa.Batch.Output;
using AutoQa.Batch.Resume;
using AutoQa.Batch.Stages;
using AutoQa.Sentiment;
using AutoQa.Transcription.Engines;
using AutoQa.Whisper;
using Microsoft.ML.OnnxRuntime;

namespace AutoQa.Batch.Composition;

/// <summary>Loads the real pipeline: ffmpeg decoding, Silero VAD, the selected speech engine, sentiment, rubric scoring and triage.</summary>
public static class PipelineFactory
{
    /// <summary>Loads every model once; the caller disposes the result.</summary>
    /// <exception cref="FileNotFoundException">The VAD model is missing; the message lists the places tried.</exception>
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
        if (settings.Model is not null && File.Exists(settings.Model))
        {
            paths["whisper-model"] = Path.GetFullPath(settings.Model);
        }

        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, path) in paths)
        {
            hashes[role] = await ContentHash.OfFileAsync(path, cancellationToken);
        }

        var rubric = RubricLoader.Load(paths["rubric"]);
        var sentiment = OnnxSentimentScorer.Load(paths["sentiment-model"]);
        var vad = new SileroVad(paths["vad-model"]);
        var engine = await SpeechEngineSelector.SelectAsync(new SpeechEngineSelectorOptions { Engine = settings.Engine, Model = settings.Model, Threads = settings.Threads }, cancellationToken);
        var stages = new BatchStages(
            new DecoderStage(new AudioDecoder()),
            new SileroSignalStage(vad),
            new PackedWindowTranscriber(engine, new SpeechWindowPacker()),
            new QaAnalyseStage(new QaEngine(rubric, sentiment)) { Owned = sentiment });
        var configuration = new RunConfiguration(
            engine.Info,
            hashes,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["max-window-seconds"] = new SpeechWindowPackerOptions().MaxWindowSeconds.ToString(CultureInfo.InvariantCulture),
            },
            Versions());
        return new BatchPipeline(stages, configuration, paths);
    }

    private static Dictionary<string, string> Versions()
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["autoqa"] = typeof(PipelineFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            ["onnxruntime"] = typeof(InferenceSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            ["dotnet"] = Environment.Version.ToString(),
        };
        try
        {
            versions["whisper.cpp"] = WhisperEngine.NativeVersion;
        }
        catch (WhisperException ex)
        {
            versions["whisper.cpp"] = "not loaded: " + ex.Message;
        }

        return versions;
    }
}
