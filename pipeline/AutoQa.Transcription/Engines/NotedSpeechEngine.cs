using AutoQa.Transcripts;

namespace AutoQa.Transcription.Engines;

/// <summary>
/// An engine whose <see cref="ISpeechEngine.Info"/> carries the selector's note (why this engine runs), so every
/// transcript it produces says so. Owns the inner engine.
/// </summary>
internal sealed class NotedSpeechEngine(ISpeechEngine inner, string note) : ISpeechEngine
{
    public TranscriptEngine Info { get; } = inner.Info with { Note = note };

    public ISpeechEngine Inner => inner;

    public ISpeechRecognizer CreateRecognizer() => inner.CreateRecognizer();

    public void Dispose() => inner.Dispose();
}
