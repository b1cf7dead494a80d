namespace AutoQa.Transcripts;

/// <summary>A stretch of speech by one speaker on one channel: a Whisper segment or a ground-truth utterance.</summary>
/// <param name="Channel">Zero-based audio channel the speech was on (0 for mono).</param>
/// <param name="Speaker">Who spoke; on stereo calls the channel decides, on mono the diariser or the labeller.</param>
/// <param name="Start">Start in seconds from the beginning of the call.</param>
/// <param name="End">End in seconds from the beginning of the call.</param>
/// <param name="Text">The segment's text.</param>
/// <param name="Words">The words with times; empty when the engine gives none.</param>
/// <param name="Voice">
/// A diariser's label for the voice ("SPEAKER_00", "spk_1") on a mono transcript whose speakers' roles it does not
/// know; null otherwise. The analysis tells which of two voices is the agent's from their words.
/// </param>
public sealed record TranscriptSegment(
    int Channel,
    Speaker Speaker,
    double Start,
    double End,
    string Text,
    IReadOnlyList<TranscriptWord> Words,
    string? Voice = null);
