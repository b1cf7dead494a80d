namespace AutoQa.Audio.Decoding;

/// <summary>A recording could not be probed or decoded: missing, unreadable, corrupt, or without audio.</summary>
public sealed class AudioDecodingException : Exception
{
    /// <summary>Creates the exception for <paramref name="filePath"/>.</summary>
    /// <param name="filePath">The recording that failed.</param>
    /// <param name="cause">What went wrong, in words (it becomes part of <see cref="Exception.Message"/>).</param>
    /// <param name="standardError">ffmpeg's or ffprobe's standard error output, empty when the tool did not run.</param>
    /// <param name="innerException">The exception that reported the failure, if any.</param>
    public AudioDecodingException(string filePath, string cause, string standardError = "", Exception? innerException = null)
        : base(ComposeMessage(filePath, cause, standardError), innerException)
    {
        FilePath = filePath;
        Cause = cause;
        StandardError = standardError;
    }

    /// <summary>The recording that failed.</summary>
    public string FilePath { get; }

    /// <summary>What went wrong, without the file name.</summary>
    public string Cause { get; }

    /// <summary>ffmpeg's or ffprobe's standard error output; empty when the tool did not run.</summary>
    public string StandardError { get; }

    private static string ComposeMessage(string filePath, string cause, string standardError)
    {
        var message = $"Cannot decode '{filePath}': {cause}";
        return string.IsNullOrWhiteSpace(standardError) ? message : $"{message}{Environment.NewLine}ffmpeg said: {LastLines(standardError)}";
    }

    // The useful diagnosis is at the end of ffmpeg's output, after the banner and stream listing.
    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(Environment.NewLine, lines.TakeLast(4));
    }
}
