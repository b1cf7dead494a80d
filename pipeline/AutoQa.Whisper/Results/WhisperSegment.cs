using AutoQa.Transcripts;

namespace AutoQa.Whisper;

/// <summary>One segment of a whisper.cpp transcription.</summary>
/// <param name="Start">Start in seconds from the beginning of the buffer.</param>
/// <param name="End">End in seconds from the beginning of the buffer.</param>
/// <param name="Text">The segment's text without surrounding whitespace.</param>
/// <param name="NoSpeechProbability">whisper's probability that the window held no speech.</param>
/// <param name="Tokens">Every token, special ones included.</param>
/// <param name="Words">Words assembled from the text tokens; empty without token timestamps.</param>
public sealed record WhisperSegment(
    double Start,
    double End,
    string Text,
    float NoSpeechProbability,
    IReadOnlyList<WhisperToken> Tokens,
    IReadOnlyList<TranscriptWord> Words);
