using AutoQa.Transcripts;

namespace AutoQa.Analysis.Text;

/// <summary>One phrasing of an intent, as vocabulary ids, with the edit cost it may absorb.</summary>
/// <param name="Intent">The intent it expresses.</param>
/// <param name="Words">The phrase's word ids.</param>
/// <param name="WordCosts">Cost of missing each word, in half-words: 1 for short function words, 2 otherwise.</param>
/// <param name="Budget">The largest total edit cost still accepted as a match.</param>
/// <param name="MaxEdits">The most words that may be dropped, changed or inserted.</param>
/// <param name="DistinctWords">How many distinct words the phrase has.</param>
/// <param name="Anchor">Index of the word a match must hold: the one the pack marks, else the longest, the last of equals.</param>
/// <param name="AnchorMarked">True when the pack marked the anchor: a match must then hold it however long the phrase.</param>
/// <param name="SpokenBy">Whose turns it is looked for in; <see cref="Speaker.Unknown"/> for anyone's.</param>
internal sealed record PhrasePattern(string Intent, int[] Words, int[] WordCosts, int Budget, int MaxEdits, int DistinctWords, int Anchor, bool AnchorMarked, Speaker SpokenBy);
