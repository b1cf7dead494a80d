namespace AutoQa.Sentiment;

/// <summary>The sentiment of one text: the chosen label and the probability of each label.</summary>
/// <param name="Label">The label after rules were applied.</param>
/// <param name="Negative">Probability of <see cref="SentimentLabel.Negative"/>.</param>
/// <param name="Neutral">Probability of <see cref="SentimentLabel.Neutral"/>.</param>
/// <param name="Positive">Probability of <see cref="SentimentLabel.Positive"/>.</param>
public sealed record SentimentScore(SentimentLabel Label, float Negative, float Neutral, float Positive);
