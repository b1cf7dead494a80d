namespace AutoQa.Sphinx.Utterances;

/// <summary>A stretch of a buffer decoded in one go: it starts and ends in quiet.</summary>
/// <param name="Start">First sample.</param>
/// <param name="Length">Number of samples.</param>
internal readonly record struct Utterance(int Start, int Length);
