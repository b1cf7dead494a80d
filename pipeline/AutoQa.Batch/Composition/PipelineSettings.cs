using AutoQa.Transcription.Engines;

namespace AutoQa.Batch.Composition;

/// <summary>Which models and rules the real pipeline loads (the <c>autoqa run</c> options that change results).</summary>
public sealed class PipelineSettings
{
    /// <summary>The speech engine. The default is <see cref="SpeechEngineKind.Auto"/>: Whisper when its model is present, else PocketSphinx.</summary>
    public SpeechEngineKind Engine { get; init; } = SpeechEngineKind.Auto;

    /// <summary>The Whisper model: a model-store name or a ggml file. The default is null: the selector's default model.</summary>
    public string? Model { get; init; }

    /// <summary>CPU threads per transcription worker. The default is null: the engine's default.</summary>
    public int? Threads { get; init; }

    /// <summary>The Silero VAD model file. The default is null: found by <see cref="VadModelLocator"/>.</summary>
    public string? VadModel { get; init; }

    /// <summary>The rubric YAML. The default is null: the rubric shipped with the program.</summary>
    public string? Rubric { get; init; }

    /// <summary>The sentiment model card. The default is null: the model shipped with the program.</summary>
    public string? SentimentModel { get; init; }
}
