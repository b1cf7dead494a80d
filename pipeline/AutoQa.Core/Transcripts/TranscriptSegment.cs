namespace AutoQa.Transcripts;

/// <summary>A stretch of speech by one speaker on one channel: a Whisper segment or a ground-truth utterance.</summary>
/// <param name="Channel">Zero-based audio channel the speech was on (0 for mono).</param>
/// <param name="Speaker">Who spoke; on stereo calls the channel decides, on mono the diariser or the labeller.</param>
/// <param name="Start">Start in seconds from the beginning of the call.</param>
/// <param name="End">End in seconds from the beginning of the call.</param>
/// <param name="Text">The segment's text.</param>
/// <param name="Words">The words with times; empty when the engine gives none.</param>
public sealed record TranscriptSegment(
    int Channel,
    Speaker Speaker,
    double Start,
    double End,
    string Text,
    IReadOnlyList<TranscriptWord> Words);
