namespace AutoQa.Transcripts;

/// <summary>Which recogniser produced a transcript.</summary>
/// <param name="Name">Engine name: "whisper", "sphinx", or "ground-truth" for generated calls.</param>
/// <param name="Model">Model name or file the engine used.</param>
/// <param name="Note">A plain sentence about the choice (for example why a fallback engine ran), or null.</param>
public sealed record TranscriptEngine(string Name, string Model, string? Note = null);
