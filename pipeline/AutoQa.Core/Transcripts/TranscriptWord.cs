namespace AutoQa.Transcripts;

/// <summary>One recognised word (or sub-word token merged into a word) with its time in the call.</summary>
/// <param name="Start">Start in seconds from the beginning of the call.</param>
/// <param name="End">End in seconds from the beginning of the call.</param>
/// <param name="Text">The word as recognised, without surrounding whitespace.</param>
/// <param name="Probability">The engine's confidence in [0, 1].</param>
public sealed record TranscriptWord(double Start, double End, string Text, float Probability);
