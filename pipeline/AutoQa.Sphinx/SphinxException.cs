namespace AutoQa.Sphinx;

/// <summary>
/// PocketSphinx could not be used: its library or models are missing, it reported an error, or it was asked for
/// something it cannot do (a language other than US English).
/// </summary>
public sealed class SphinxException : Exception
{
    /// <summary>Creates the exception with a message that says what failed and what to do.</summary>
    public SphinxException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for a failed native call.</summary>
    /// <param name="message">What failed, naming the PocketSphinx function.</param>
    /// <param name="nativeCode">The function's return code.</param>
    public SphinxException(string message, int nativeCode)
        : base(message)
    {
        NativeCode = nativeCode;
    }

    /// <summary>Creates the exception wrapping its cause.</summary>
    public SphinxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message; prefer the constructors that say what failed.</summary>
    public SphinxException()
    {
    }

    /// <summary>The return code of the failed PocketSphinx function, or null when no native call failed.</summary>
    public int? NativeCode { get; }
}
