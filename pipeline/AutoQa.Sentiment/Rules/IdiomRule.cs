namespace AutoQa.Sentiment.Rules;

/// <summary>A phrase that sets the label of any text containing it.</summary>
/// <param name="Phrase">The phrase, matched on normalised words ("no problem").</param>
/// <param name="Label">The label it stands for.</param>
public sealed record IdiomRule(string Phrase, SentimentLabel Label);
