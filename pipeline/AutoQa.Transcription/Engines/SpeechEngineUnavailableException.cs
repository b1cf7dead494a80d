namespace AutoQa.Transcription.Engines;

/// <summary>The requested speech engine cannot run: its model is not present. The message says how to get it.</summary>
public sealed class SpeechEngineUnavailableException : Exception
{
    /// <summary>Creates the exception with a message that names the missing model and how to get it.</summary>
    public SpeechEngineUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping its cause.</summary>
    public SpeechEngineUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message; prefer the constructors that say what is missing.</summary>
    public SpeechEngineUnavailableException()
    {
    }
}
