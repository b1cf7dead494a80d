using AutoQa.Sphinx.Native;
using AutoQa.Transcripts;

namespace AutoQa.Sphinx;

/// <summary>
/// PocketSphinx with Debian's US-English model: the offline fallback recogniser when no Whisper model is present.
/// Thread-safe; each <see cref="CreateRecognizer"/> loads its own decoder (PocketSphinx decoders are not
/// thread-safe, and its models are small enough to load once per worker).
/// </summary>
public sealed class SphinxEngine : ISpeechEngine
{
    /// <summary>The engine name written into transcripts.</summary>
    public const string EngineName = "sphinx";

    private readonly SphinxEngineOptions options;
    private readonly IReadOnlyList<KeyValuePair<string, string>> decoderSettings;

    private SphinxEngine(SphinxEngineOptions options)
    {
        this.options = options;
        decoderSettings =
        [
            new("-hmm", options.AcousticModelPath),
            new("-lm", options.LanguageModelPath),
            new("-dict", options.DictionaryPath),
            // AutoQa cuts utterances itself; SphinxBase's own silence removal would drop frames and shift word times.
            new("-remove_silence", "no"),
            new("-logfn", "/dev/null"),
        ];
        var model = options.ModelFolder == SphinxEngineOptions.DebianModelFolder ? "pocketsphinx-en-us" : options.ModelFolder;
        Info = new TranscriptEngine(EngineName, model);
    }

    /// <inheritdoc />
    public TranscriptEngine Info { get; }

    /// <summary>Checks the model files and loads the native library; decoders are loaded per recognizer.</summary>
    /// <param name="options">Model folder and utterance cutting; the defaults when null.</param>
    /// <exception cref="SphinxException">The library or a model file is missing; the message says what and to run tools/setup.sh.</exception>
    public static SphinxEngine Load(SphinxEngineOptions? options = null)
    {
        options ??= new SphinxEngineOptions();
        options.Validate();
        SphinxLibrary.EnsureLoaded();
        return new SphinxEngine(options);
    }

    /// <inheritdoc />
    /// <exception cref="SphinxException">PocketSphinx could not load its models.</exception>
    public ISpeechRecognizer CreateRecognizer() => new SphinxRecognizer(options, SphinxDecoder.Create(decoderSettings));

    /// <summary>Nothing to release: each recognizer owns its decoder.</summary>
    public void Dispose()
    {
    }
}
