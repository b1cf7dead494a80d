namespace AutoQa.Analysis.Phrases;

/// <summary>
/// The phrasings of one language (a file Data/phrases/LANG.yaml a team can extend): many phrasings per intent,
/// negation words, spelling equivalents, digit words (for masking spoken card numbers) and the deadline grammar.
/// </summary>
public sealed class PhrasePack
{
    /// <summary>ISO 639-1 code of the language.</summary>
    public string Language { get; init; } = "";

    /// <summary>Phrasings per intent (see <see cref="PhraseIntents"/>).</summary>
    public Dictionary<string, List<string>> Intents { get; init; } = [];

    /// <summary>Words that negate a phrase that follows them in the same clause ("not", "never").</summary>
    public List<string> Negations { get; init; } = [];

    /// <summary>How many tokens before a phrase a negation reaches. The default is 3.</summary>
    public int NegationReach { get; init; } = 3;

    /// <summary>Tokens replaced by others before matching ("m": ["am"] so "I'm" reads "I am").</summary>
    public Dictionary<string, List<string>> Equivalents { get; init; } = [];

    /// <summary>
    /// Everyday words a letter away from a pack word that mean something else ("hasta" is not a slip of "harta",
    /// "created" not of "cheated"): a token that is one of them is read as itself, never as a spelling slip.
    /// </summary>
    public List<string> KnownWords { get; init; } = [];

    /// <summary>
    /// Sentences a recogniser writes where nobody spoke: Whisper's video outros over silence or music ("thanks for
    /// watching"). A whole sentence of one is no one's speech, whatever the call's language.
    /// </summary>
    public List<string> Hallucinations { get; init; } = [];

    /// <summary>Spoken digits ("zero", "oh", "one", ...), so spoken card numbers can be masked.</summary>
    public List<string> DigitWords { get; init; } = [];

    /// <summary>How time frames are said.</summary>
    public DeadlineGrammar Deadlines { get; init; } = new();
}
