namespace AutoQa.Synth.Processes;

/// <summary>An external program (espeak-ng, flite, ffmpeg) could not be started or failed; carries its exit code and stderr.</summary>
public sealed class ExternalToolException : Exception
{
    /// <summary>Creates the exception for a failed run of <paramref name="tool"/>.</summary>
    public ExternalToolException(string tool, int exitCode, string standardError, Exception? innerException = null)
        : base(Describe(tool, exitCode, standardError), innerException)
    {
        Tool = tool;
        ExitCode = exitCode;
        StandardError = standardError;
    }

    /// <summary>Creates the exception with no diagnostics.</summary>
    public ExternalToolException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ExternalToolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public ExternalToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The program that failed.</summary>
    public string Tool { get; } = string.Empty;

    /// <summary>Its exit code, or -1 when it could not be started.</summary>
    public int ExitCode { get; } = -1;

    /// <summary>What it wrote to stderr.</summary>
    public string StandardError { get; } = string.Empty;

    private static string Describe(string tool, int exitCode, string standardError) =>
        exitCode < 0
            ? $"{tool} could not be started ({standardError}); run tools/setup.sh to install it."
            : $"{tool} exited with code {exitCode}: {standardError.Trim()}";
}
