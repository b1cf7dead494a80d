namespace AutoQa.Sentiment.Rules;

/// <summary>One language's rule file (for example <c>rules/en.json</c>). Phrases are matched on normalised words.</summary>
/// <param name="Language">The language code, for example "en".</param>
/// <param name="Markers">Common words that identify the language when none is given.</param>
/// <param name="Fillers">Words and phrases of hesitation ("um", "you know") removed before scoring.</param>
/// <param name="Negators">Words that negate the next few words ("not", "nicht", "pas", "no").</param>
/// <param name="NegationScope">How many words after a negator it reaches.</param>
/// <param name="ScopeBreakers">Words that end a negation's reach ("but", "aber").</param>
/// <param name="PositiveWords">Words whose negation makes a text negative ("not happy").</param>
/// <param name="NegativeWords">Words whose negation makes a text neutral ("not bad", "no problem").</param>
/// <param name="Intensifiers">Words that strengthen whatever the text already says ("very", "sehr").</param>
/// <param name="Idioms">Fixed phrases whose label models get wrong in call-center speech.</param>
public sealed record LanguageRules(
    string Language,
    IReadOnlyList<string> Markers,
    IReadOnlyList<string> Fillers,
    IReadOnlyList<string> Negators,
    int NegationScope,
    IReadOnlyList<string> ScopeBreakers,
    IReadOnlyList<string> PositiveWords,
    IReadOnlyList<string> NegativeWords,
    IReadOnlyList<string> Intensifiers,
    IReadOnlyList<IdiomRule> Idioms);
