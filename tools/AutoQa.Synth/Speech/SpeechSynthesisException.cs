namespace AutoQa.Synth.Speech;

/// <summary>A text-to-speech engine (espeak-ng, flite) failed or produced unusable audio; the message names the engine, voice and cause.</summary>
public sealed class SpeechSynthesisException : Exception
{
    /// <summary>Creates the exception with a message naming the engine and the cause.</summary>
    public SpeechSynthesisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public SpeechSynthesisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public SpeechSynthesisException()
    {
    }
}
