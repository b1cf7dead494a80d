using AutoQa.Transcripts;
using AutoQa.Whisper.ModelFiles;
using AutoQa.Whisper.Native;

namespace AutoQa.Whisper;

/// <summary>
/// One whisper.cpp model loaded for the whole process (a whisper context): thread-safe, and the factory of
/// <see cref="WhisperRecognizer"/>s, each with its own whisper state, one per worker.
/// </summary>
public sealed class WhisperEngine : ISpeechEngine
{
    private readonly NativeModel model;

    private WhisperEngine(NativeModel model, WhisperEngineOptions options, string modelPath, string libraryPath)
    {
        this.model = model;
        Options = options;
        ModelPath = modelPath;
        NativeLibraryPath = libraryPath;
        Info = new TranscriptEngine("whisper", options.ModelName ?? DefaultModelName(modelPath));
    }

    /// <summary>The options the engine was loaded with.</summary>
    public WhisperEngineOptions Options { get; }

    /// <summary>The full path of the loaded model file.</summary>
    public string ModelPath { get; }

    /// <summary>The native library file in use.</summary>
    public string NativeLibraryPath { get; }

    /// <summary>The whisper.cpp version the native library reports.</summary>
    public static string NativeVersion => NativeModel.LibraryVersion;

    /// <summary>True for multilingual models; English-only models (*.en) always transcribe as English.</summary>
    public bool IsMultilingual => model.IsMultilingual;

    /// <summary>whisper's name for the model size ("tiny", "base", "small", ...).</summary>
    public string ModelType => model.TypeName;

    /// <inheritdoc />
    public TranscriptEngine Info { get; }

    internal int FirstSpecialToken => model.EndOfTextToken;

    /// <summary>Loads the native library (once per process) and the model.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="WhisperException">
    /// The native library is missing, or the model file is missing, unreadable, not a ggml model, truncated, or
    /// refused by whisper.cpp; <see cref="WhisperException.Kind"/> says which.
    /// </exception>
    public static WhisperEngine Load(WhisperEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var modelPath = Path.GetFullPath(options.ModelPath);
        var libraryPath = WhisperLibrary.EnsureLoaded(options.NativeLibraryPath, options.UseGpu);
        GgmlModelFile.Check(modelPath);
        return new WhisperEngine(NativeModel.Load(modelPath, options), options, modelPath, libraryPath);
    }

    /// <summary>Creates a worker with <see cref="WhisperEngineOptions.Recognition"/>. The caller disposes it.</summary>
    /// <exception cref="WhisperException">whisper.cpp could not allocate the state.</exception>
    public WhisperRecognizer CreateRecognizer() => CreateRecognizer(Options.Recognition);

    /// <summary>Creates a worker with its own decoding options. The caller disposes it.</summary>
    /// <exception cref="ArgumentException">The options are invalid or name a language whisper does not know.</exception>
    /// <exception cref="WhisperException">whisper.cpp could not allocate the state.</exception>
    public WhisperRecognizer CreateRecognizer(WhisperRecognitionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new WhisperRecognizer(this, options, model.CreateState(ModelPath));
    }

    ISpeechRecognizer ISpeechEngine.CreateRecognizer() => CreateRecognizer();

    /// <summary>Frees the model. Recognisers must be disposed first.</summary>
    public void Dispose() => model.Dispose();

    internal static bool IsKnownLanguage(string language) => NativeModel.IsKnownLanguage(language);

    private static string DefaultModelName(string modelPath)
    {
        var name = Path.GetFileNameWithoutExtension(modelPath);
        return name.StartsWith("ggml-", StringComparison.Ordinal) ? name["ggml-".Length..] : name;
    }
}
