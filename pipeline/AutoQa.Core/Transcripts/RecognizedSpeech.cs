namespace AutoQa.Transcripts;

/// <summary>What a recogniser heard in one mono buffer.</summary>
/// <param name="Language">The detected or forced language (ISO 639-1), or null when the engine does not say.</param>
/// <param name="Segments">Segments with times relative to the start of the buffer; channel 0 and <see cref="Speaker.Unknown"/>.</param>
public sealed record RecognizedSpeech(string? Language, IReadOnlyList<TranscriptSegment> Segments);
