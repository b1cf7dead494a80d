namespace AutoQa.Transcripts;

/// <summary>Everything recognised on one audio channel.</summary>
/// <param name="Channel">Zero-based channel index.</param>
/// <param name="Speaker">The speaker on this channel, or <see cref="Speaker.Unknown"/> for a mixed channel.</param>
/// <param name="Language">Detected or configured language (ISO 639-1), or null when unknown.</param>
/// <param name="Segments">Segments ordered by start time.</param>
public sealed record ChannelTranscript(
    int Channel,
    Speaker Speaker,
    string? Language,
    IReadOnlyList<TranscriptSegment> Segments);
