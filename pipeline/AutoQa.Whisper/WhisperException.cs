namespace AutoQa.Whisper;

/// <summary>
/// A failure at the whisper.cpp boundary: a missing native library, a missing or damaged model, or an error code
/// from whisper.cpp. The message names the file and the cause; the properties carry them for callers.
/// </summary>
public sealed class WhisperException : Exception
{
    public WhisperException()
    {
    }

    public WhisperException(string message)
        : base(message)
    {
    }

    public WhisperException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its diagnostics.</summary>
    /// <param name="kind">What went wrong.</param>
    /// <param name="message">A sentence naming the file and the cause.</param>
    /// <param name="modelPath">The model file involved, or null.</param>
    /// <param name="nativeCode">whisper.cpp's return code, or null when no native call failed.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public WhisperException(WhisperErrorKind kind, string message, string? modelPath = null, int? nativeCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        ModelPath = modelPath;
        NativeCode = nativeCode;
    }

    /// <summary>What went wrong.</summary>
    public WhisperErrorKind Kind { get; }

    /// <summary>The model file involved, or null.</summary>
    public string? ModelPath { get; }

    /// <summary>The return code of the failing whisper.cpp call, or null when no native call failed.</summary>
    public int? NativeCode { get; }
}
