using AutoQa.Models;
using AutoQa.Sphinx;

namespace AutoQa.Transcription.Engines;

/// <summary>What <see cref="SpeechEngineSelector"/> loads: the <c>--engine</c>, <c>--model</c> and <c>--threads</c> options.</summary>
public sealed class SpeechEngineSelectorOptions
{
    /// <summary>The Whisper model looked for when none is named.</summary>
    public const string DefaultWhisperModel = "base.en";

    /// <summary>Which engine to load. The default is <see cref="SpeechEngineKind.Auto"/>.</summary>
    public SpeechEngineKind Engine { get; init; } = SpeechEngineKind.Auto;

    /// <summary>
    /// The Whisper model: a name in the model store (for example "base.en") or a ggml file's path. The default is
    /// null: <see cref="DefaultWhisperModel"/> from the model store.
    /// </summary>
    public string? Model { get; init; }

    /// <summary>The model folder and manifest that names resolve in. The default is <c>new()</c> (<c>AUTOQA_MODELS</c> or ~/.cache/autoqa/models).</summary>
    public ModelStoreOptions Models { get; init; } = new();

    /// <summary>CPU threads per Whisper transcription. The default is null: the Whisper engine's own default.</summary>
    public int? Threads { get; init; }

    /// <summary>PocketSphinx's model and utterance settings. The default is <c>new()</c>.</summary>
    public SphinxEngineOptions Sphinx { get; init; } = new();

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    internal void Validate()
    {
        if (!Enum.IsDefined(Engine))
        {
            throw new ArgumentOutOfRangeException(nameof(Engine), Engine, "Unknown engine.");
        }

        if (Threads is { } threads)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads, nameof(Threads));
        }
    }
}
