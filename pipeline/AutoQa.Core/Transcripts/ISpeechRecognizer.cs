namespace AutoQa.Transcripts;

/// <summary>
/// One recognition worker: owns the per-worker state of an engine (a whisper state, a decoder).
/// Not thread-safe: use one per worker, created by <see cref="ISpeechEngine.CreateRecognizer"/>.
/// </summary>
public interface ISpeechRecognizer : IDisposable
{
    /// <summary>Recognises speech in 16 kHz mono float PCM.</summary>
    /// <param name="samples">The audio, 16 kHz mono, in [-1, 1].</param>
    /// <param name="language">ISO 639-1 code to force, or null to let the engine detect it.</param>
    /// <param name="cancellationToken">Stops recognition promptly; the call then throws <see cref="OperationCanceledException"/>.</param>
    RecognizedSpeech Recognize(ReadOnlySpan<float> samples, string? language, CancellationToken cancellationToken = default);
}
