using AutoQa.Models;
using AutoQa.Sphinx;
using AutoQa.Transcripts;
using AutoQa.Whisper;

namespace AutoQa.Transcription.Engines;

/// <summary>
/// Loads the recogniser the <c>--engine</c> option asks for. <see cref="SpeechEngineKind.Auto"/> takes Whisper
/// when a Whisper model is configured and present (an explicit model, or <see cref="SpeechEngineSelectorOptions.DefaultWhisperModel"/>
/// in the model store), otherwise PocketSphinx; its one-line reason is the returned engine's
/// <see cref="TranscriptEngine.Note"/>, so every transcript carries it and the command line prints it once.
/// </summary>
public static class SpeechEngineSelector
{
    /// <summary>Loads the engine; the caller disposes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InvalidDataException">The model manifest is missing or invalid.</exception>
    /// <exception cref="SpeechEngineUnavailableException">Whisper was asked for and its model is not present.</exception>
    /// <exception cref="WhisperException">The Whisper model or library could not be loaded.</exception>
    /// <exception cref="SphinxException">PocketSphinx or its model is not installed.</exception>
    public static async Task<ISpeechEngine> SelectAsync(SpeechEngineSelectorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.Engine == SpeechEngineKind.Sphinx)
        {
            return SphinxEngine.Load(options.Sphinx);
        }

        var store = await ModelStore.OpenAsync(options.Models, cancellationToken: cancellationToken);
        var modelName = options.Model ?? SpeechEngineSelectorOptions.DefaultWhisperModel;
        string modelPath;
        try
        {
            modelPath = store.Resolve(modelName);
        }
        catch (ModelStoreException ex) when (options.Engine == SpeechEngineKind.Whisper)
        {
            throw new SpeechEngineUnavailableException($"The Whisper engine cannot run: {ex.Message}", ex);
        }
        catch (ModelStoreException)
        {
            var advice = options.Model is null ? $"run ./autoqa models pull {modelName}" : "check --model";
            return new NotedSpeechEngine(
                SphinxEngine.Load(options.Sphinx),
                $"No Whisper model '{modelName}' found in {store.Folder} ({advice}); using PocketSphinx (US English).");
        }

        var whisper = LoadWhisper(modelPath, options);
        return options.Engine == SpeechEngineKind.Whisper
            ? whisper
            : new NotedSpeechEngine(whisper, $"Using Whisper model {whisper.Info.Model} ({modelPath}).");
    }

    /// <summary>
    /// The model file an engine from <see cref="SelectAsync"/> loaded, whether the model was given as a file or by name,
    /// so callers can hash it into their configuration; null when the engine has no model file of its own (PocketSphinx).
    /// </summary>
    public static string? ModelFileOf(ISpeechEngine engine) => engine switch
    {
        NotedSpeechEngine noted => ModelFileOf(noted.Inner),
        WhisperEngine whisper => whisper.ModelPath,
        _ => null,
    };

    private static WhisperEngine LoadWhisper(string modelPath, SpeechEngineSelectorOptions options)
    {
        var recognition = options.Threads is { } threads ? new WhisperRecognitionOptions { Threads = threads } : new WhisperRecognitionOptions();
        return WhisperEngine.Load(new WhisperEngineOptions { ModelPath = modelPath, Recognition = recognition });
    }
}
