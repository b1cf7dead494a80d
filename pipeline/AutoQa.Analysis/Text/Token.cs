namespace AutoQa.Analysis.Text;

/// <summary>One normalised token of a turn.</summary>
/// <param name="Text">Lower-case, accent-folded, contractions expanded.</param>
/// <param name="Word">Index of the transcript word it came from.</param>
/// <param name="Clause">Index of the clause (split at punctuation) it belongs to.</param>
internal readonly record struct Token(string Text, int Word, int Clause);
