namespace AutoQa.Analysis;

/// <summary>
/// The thresholds of the timing and phrase detectors (docs/qa-semantics.md gives their meaning). A rubric's
/// <c>analysis</c> block overrides them, so a team tunes them in its rubric file, not in code.
/// </summary>
public sealed class AnalysisOptions
{
    /// <summary>A pause longer than this ends an utterance, in seconds. The default is 0.6.</summary>
    public double UtteranceGapSeconds { get; init; } = 0.6;

    /// <summary>
    /// A silence longer than this between two words of one segment ends the utterance there, in seconds. The default
    /// is 1.5. Recognisers put words heard across long pauses into one segment (PocketSphinx across the speech the
    /// batch packs into one window, Whisper within its 30 s); shorter gaps between words are kept, since a word the
    /// recogniser dropped leaves one.
    /// </summary>
    public double WordPauseSplitSeconds { get; init; } = 1.5;

    /// <summary>A backchannel lasts less than this, in seconds. The default is 1.0.</summary>
    public double BackchannelMaxSeconds { get; init; } = 1.0;

    /// <summary>A backchannel has at most this many words. The default is 3.</summary>
    public int BackchannelMaxWords { get; init; } = 3;

    /// <summary>An interruption starts while the other party has at least this long left to speak, in seconds. The default is 1.0.</summary>
    public double InterruptionMinRemainingSeconds { get; init; } = 1.0;

    /// <summary>An interruption overlaps the other party by at least this, in seconds. The default is 0.5.</summary>
    public double InterruptionMinOverlapSeconds { get; init; } = 0.5;

    /// <summary>A long complaint lasts at least this, in seconds. The default is 20.</summary>
    public double LongComplaintMinSeconds { get; init; } = 20;

    /// <summary>Customer utterances closer than this belong to one complaint stretch, in seconds. The default is 2.</summary>
    public double ComplaintMaxPauseSeconds { get; init; } = 2;

    /// <summary>Silence of at least this is dead air, in seconds. The default is 10.</summary>
    public double DeadAirMinSeconds { get; init; } = 10;

    /// <summary>
    /// Silence of at least this, right after the agent asked the customer to hold or ended by the agent thanking
    /// them for waiting, is a hold, in seconds. The default is 5.
    /// </summary>
    public double HoldMinSeconds { get; init; } = 5;

    /// <summary>Silence of at least this counts as non-talk time in the metrics, in seconds. The default is 2.</summary>
    public double NonTalkMinSeconds { get; init; } = 2;

    /// <summary>A greeting counts when the agent's speech holding it starts this soon after the agent's first words, in seconds. The default is 10.</summary>
    public double GreetingWindowSeconds { get; init; } = 10;

    /// <summary>The closing window is at least this share of the call's end. The default is 0.25.</summary>
    public double ClosingWindowFraction { get; init; } = 0.25;

    /// <summary>The closing window is at least this many seconds of the call's end. The default is 60.</summary>
    public double ClosingWindowMinSeconds { get; init; } = 60;

    /// <summary>
    /// A customer turn with no frustration phrase still counts as frustrated when a sentiment scorer gives it at
    /// least this probability of negative. The default is 0.9; above 1 turns it off.
    /// </summary>
    public double FrustrationMinNegative { get; init; } = 0.9;

    /// <summary>Share of a phrase's words that may be dropped or misrecognised and still match. The default is 0.34.</summary>
    public double FuzzyErrorRate { get; init; } = 0.34;

    /// <summary>
    /// The same share for red-line phrases, which fail a call on their own: "votre numéro de carte" must not match
    /// "votre numéro de commande". The default is 0.25.
    /// </summary>
    public double RedLineFuzzyErrorRate { get; init; } = 0.25;

    /// <summary>
    /// An agent question that repeats at least this many distinct words of four letters or more from one earlier
    /// customer turn restates the customer's need: an attention marker whatever its phrasing ("the coffee grinder
    /// makes a loud grinding noise, correct?"). The default is 4; 0 turns it off.
    /// </summary>
    public int RestatementMinWords { get; init; } = 4;

    /// <summary>
    /// A phrase is judged missing (a No that costs points) only over speech the recogniser was sure of: when one of
    /// the party's utterances in the item's window has a mean word probability under this, the phrase may be among
    /// what it misheard, and the item goes to a person. The default is 0.5; 0 turns it off. Ground-truth transcripts
    /// carry probability 1.
    /// </summary>
    public double MissingPhraseMinConfidence { get; init; } = 0.5;

    /// <summary>The phrase pack used when neither metadata nor transcript names a language with a pack. The default is "en".</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        Positive(UtteranceGapSeconds, nameof(UtteranceGapSeconds));
        Positive(WordPauseSplitSeconds, nameof(WordPauseSplitSeconds));
        Positive(BackchannelMaxSeconds, nameof(BackchannelMaxSeconds));
        Positive(BackchannelMaxWords, nameof(BackchannelMaxWords));
        Positive(InterruptionMinOverlapSeconds, nameof(InterruptionMinOverlapSeconds));
        Positive(LongComplaintMinSeconds, nameof(LongComplaintMinSeconds));
        Positive(DeadAirMinSeconds, nameof(DeadAirMinSeconds));
        Positive(HoldMinSeconds, nameof(HoldMinSeconds));
        Positive(NonTalkMinSeconds, nameof(NonTalkMinSeconds));
        Positive(GreetingWindowSeconds, nameof(GreetingWindowSeconds));
        Positive(ClosingWindowMinSeconds, nameof(ClosingWindowMinSeconds));
        ArgumentOutOfRangeException.ThrowIfNegative(InterruptionMinRemainingSeconds, nameof(InterruptionMinRemainingSeconds));
        ArgumentOutOfRangeException.ThrowIfNegative(ComplaintMaxPauseSeconds, nameof(ComplaintMaxPauseSeconds));
        ArgumentOutOfRangeException.ThrowIfNegative(RestatementMinWords, nameof(RestatementMinWords));
        Share(ClosingWindowFraction, nameof(ClosingWindowFraction));
        Share(MissingPhraseMinConfidence, nameof(MissingPhraseMinConfidence));

        ShareBelowOne(FuzzyErrorRate, nameof(FuzzyErrorRate));
        ShareBelowOne(RedLineFuzzyErrorRate, nameof(RedLineFuzzyErrorRate));

        ArgumentException.ThrowIfNullOrWhiteSpace(DefaultLanguage, nameof(DefaultLanguage));
    }

    private static void Share(double value, string name)
    {
        if (value is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(name, value, "must lie in [0, 1]");
        }
    }

    private static void ShareBelowOne(double value, string name)
    {
        if (value is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(name, value, "must lie in [0, 1)");
        }
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be greater than zero");
        }
    }
}
