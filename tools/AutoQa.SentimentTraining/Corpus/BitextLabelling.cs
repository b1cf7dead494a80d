namespace AutoQa.SentimentTraining.Corpus;

/// <summary>
/// How customer-support requests get a label (<c>Data/bitext-labelling.json</c>): requests are matter-of-fact
/// (neutral) unless their intent or their words show frustration.
/// </summary>
/// <param name="NegativeIntents">Intents whose requests are negative (complaints).</param>
/// <param name="NegativeWords">Words (swearing, "unhappy") that make a request negative.</param>
/// <param name="MaxNeutral">At most this many neutral requests are kept, so neutral does not outweigh the rest.</param>
internal sealed record BitextLabelling(IReadOnlyList<string> NegativeIntents, IReadOnlyList<string> NegativeWords, int MaxNeutral);
