namespace AutoQa.Analysis.Phrases;

/// <summary>A phrase pack file could not be read; the message names the file, the line and the cause.</summary>
public sealed class PhrasePackException : Exception
{
    public PhrasePackException(string message)
        : base(message)
    {
    }

    public PhrasePackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PhrasePackException()
    {
    }
}
