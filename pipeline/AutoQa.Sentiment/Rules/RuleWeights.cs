namespace AutoQa.Sentiment.Rules;

/// <summary>
/// How strongly rules move the model's probabilities (<c>rules/weights.json</c>). A rule with strength s
/// mixes the probabilities p with certainty of its label: (1 - s) p + s; above 0.5 the rule always wins.
/// </summary>
/// <param name="DefaultLanguage">The language used when no marker word is found.</param>
/// <param name="NegationStrength">Strength of a negated polar word ("not happy").</param>
/// <param name="IdiomStrength">Strength of an idiom; applied last, so idioms override negation.</param>
/// <param name="IntensifierBoost">Each intensifier raises probabilities to the power 1 + boost before renormalising.</param>
/// <param name="MaxIntensifiers">Intensifiers counted at most.</param>
public sealed record RuleWeights(
    string DefaultLanguage,
    float NegationStrength,
    float IdiomStrength,
    float IntensifierBoost,
    int MaxIntensifiers);
