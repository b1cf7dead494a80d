namespace AutoQa.Sentiment.Rules;

/// <summary>A text after the rules' clean-up, ready for the model, with the words and language the rules use.</summary>
/// <param name="ModelText">What the model scores: normalised words without fillers.</param>
/// <param name="Words">The same words.</param>
/// <param name="Language">The rule language applied.</param>
public sealed record PreparedTurn(string ModelText, IReadOnlyList<string> Words, string Language);
