namespace AutoQa.Transcription.Engines;

/// <summary>Which recogniser <see cref="SpeechEngineSelector"/> loads (the <c>--engine</c> option).</summary>
public enum SpeechEngineKind
{
    /// <summary>Whisper when a real Whisper model is configured and present, otherwise PocketSphinx.</summary>
    Auto,

    /// <summary>whisper.cpp with the configured model; fails when the model is missing.</summary>
    Whisper,

    /// <summary>PocketSphinx with Debian's US-English model.</summary>
    Sphinx,
}
