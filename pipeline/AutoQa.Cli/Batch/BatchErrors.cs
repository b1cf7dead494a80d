using AutoQa.Analysis.Rubrics;
using AutoQa.Audio.Vad;
using AutoQa.Batch;
using AutoQa.Models;
using AutoQa.Sentiment;
using AutoQa.Sphinx;
using AutoQa.Transcription.Engines;
using AutoQa.Whisper;

namespace AutoQa.Cli.Batch;

/// <summary>Maps the errors a batch verb reports (not per-call failures, which are records) to a message and an exit code.</summary>
internal static class BatchErrors
{
    /// <summary>The exit code for <paramref name="error"/>, or null when it is a bug to let through.</summary>
    public static int? ExitCodeOf(Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException or ArgumentException => BatchExitCode.BadArguments,
        InvalidDataException or IOException or UnauthorizedAccessException or RubricException or SentimentModelException
            or SileroVadException or ModelStoreException or SpeechEngineUnavailableException or WhisperException or SphinxException => BatchExitCode.Error,
        _ => null,
    };

    public static async Task<int> ReportAsync(string verb, Exception error, int exitCode)
    {
        await Console.Error.WriteLineAsync($"autoqa {verb}: {error.Message}");
        return exitCode;
    }
}
