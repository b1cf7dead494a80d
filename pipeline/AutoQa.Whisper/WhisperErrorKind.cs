namespace AutoQa.Whisper;

/// <summary>What went wrong at the whisper.cpp boundary.</summary>
public enum WhisperErrorKind
{
    /// <summary>The whisper.cpp shared library could not be found or loaded.</summary>
    NativeLibraryNotFound,

    /// <summary>The model file does not exist.</summary>
    ModelNotFound,

    /// <summary>The model file exists but cannot be read (permissions, I/O error).</summary>
    ModelUnreadable,

    /// <summary>The model file is not a ggml Whisper model, or its header is damaged.</summary>
    ModelInvalid,

    /// <summary>The model file is shorter than its header says (an interrupted download or copy).</summary>
    ModelTruncated,

    /// <summary>whisper.cpp refused to load a model that passed AutoQa's checks, or could not allocate a state.</summary>
    ModelLoadFailed,

    /// <summary><c>whisper_full</c> returned an error code.</summary>
    TranscriptionFailed,
}
