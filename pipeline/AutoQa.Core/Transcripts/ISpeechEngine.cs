namespace AutoQa.Transcripts;

/// <summary>
/// A loaded speech recogniser shared by the process (one whisper model, one acoustic model):
/// thread-safe, and the factory of per-worker <see cref="ISpeechRecognizer"/>s.
/// </summary>
public interface ISpeechEngine : IDisposable
{
    /// <summary>Engine and model, as written into every transcript.</summary>
    TranscriptEngine Info { get; }

    /// <summary>Creates a worker with its own state. The caller disposes it.</summary>
    ISpeechRecognizer CreateRecognizer();
}
