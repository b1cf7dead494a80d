namespace AutoQa.Sentiment;

/// <summary>A sentiment model, its card or its rules could not be loaded or run.</summary>
public sealed class SentimentModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file at fault (card, ONNX model, vocabulary or rule file).</param>
    /// <param name="reason">What is wrong with it.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public SentimentModelException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        FilePath = path;
        Reason = reason;
    }

    public SentimentModelException()
        : this(string.Empty, "sentiment model error")
    {
    }

    public SentimentModelException(string message)
        : this(string.Empty, message)
    {
    }

    public SentimentModelException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>The file at fault.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Reason { get; }
}
