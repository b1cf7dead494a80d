using AutoQa.Sentiment;

namespace AutoQa.SentimentTraining.Corpus;

/// <summary>One training or evaluation sentence.</summary>
/// <param name="Text">The sentence as written or transcribed.</param>
/// <param name="Label">Its sentiment.</param>
/// <param name="Language">Its language code.</param>
/// <param name="Source">Where it comes from (uci, bitext, lexicon, callcenter).</param>
/// <param name="Weight">Its weight in training (single lexicon words count less than sentences).</param>
internal sealed record LabelledSentence(string Text, SentimentLabel Label, string Language, string Source, float Weight = 1f);
