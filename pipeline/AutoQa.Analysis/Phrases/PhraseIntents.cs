using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Phrases;

/// <summary>The intent names a phrase pack defines; each holds many phrasings of one thing a QA lead listens for.</summary>
public static class PhraseIntents
{
    private const string RedLinePrefix = "red-line.";

    /// <summary>Brand or team name, "thank you for calling": one part of a greeting.</summary>
    public const string GreetingOpening = "greeting-opening";

    /// <summary>"My name is", "this is", "speaking": the agent introducing themselves, one part of a greeting.</summary>
    public const string GreetingIntroduction = "greeting-introduction";

    /// <summary>"How can I help you": one part of a greeting.</summary>
    public const string GreetingOffer = "greeting-offer";

    /// <summary>EAR empathy.</summary>
    public const string Empathy = "empathy";

    /// <summary>EAR attention: confirming or restating the need.</summary>
    public const string Attention = "attention";

    /// <summary>EAR respect.</summary>
    public const string Respect = "respect";

    /// <summary>"Is there anything else I can help with".</summary>
    public const string ClosingCheck = "closing-check";

    /// <summary>Email, live chat, help center, "call us back any time".</summary>
    public const string FurtherSupport = "further-support";

    /// <summary>Inviting a review or rating.</summary>
    public const string ReviewInvitation = "review-invitation";

    /// <summary>The customer confirms the problem is solved.</summary>
    public const string ResolutionConfirmed = "resolution-confirmed";

    /// <summary>The customer accepts to wait for an answer, or says the problem is still not solved.</summary>
    public const string ResolutionPending = "resolution-pending";

    /// <summary>The agent reports what was done to solve the problem ("I've issued a replacement", "the fix is").</summary>
    public const string SolutionGiven = "solution-given";

    /// <summary>The agent hands the case on ("I'm escalating your case", "I'm opening a ticket").</summary>
    public const string Escalation = "escalation";

    /// <summary>
    /// The agent says what they will never do ("we will never ask for", "I'm not allowed to"): a red line later in the
    /// same clause is a reassurance, not the act ("we will never ask for your CVV").
    /// </summary>
    public const string Disclaimer = "disclaimer";

    /// <summary>
    /// Card details typed into a form or keypad ("the CVV you entered", "on the payment page"): a card-number red
    /// line in the same sentence is about the form, not a request, unless the sentence asks to hear them.
    /// </summary>
    public const string CardForm = "card-form";

    /// <summary>Asking to hear something ("read me", "tell me", "I'll need"): with card details, a request whatever the form.</summary>
    public const string SayAloud = "say-aloud";

    /// <summary>
    /// The last digits of a card ("the last four digits of your card number"), which agents may ask for to verify
    /// it: a card-number red line they lead into is no request for the full number.
    /// </summary>
    public const string LastDigits = "last-digits";

    /// <summary>
    /// The agent promises the customer will hear back ("I'll call you back", "you will get an answer"): a time word in
    /// its clause ("I'll call you back [within] an hour") is what is left of a time frame.
    /// </summary>
    public const string ContactPromise = "contact-promise";

    /// <summary>The agent asks the customer to hold or wait ("could you hold for a moment", "bleiben Sie bitte dran").</summary>
    public const string HoldRequest = "hold-request";

    /// <summary>The customer answers a closing check: nothing more to ask ("no, nothing else", "das war alles").</summary>
    public const string NothingElse = "nothing-else";

    /// <summary>The customer confirms the agent understood the need ("yes, exactly", "genau, das ist das Problem").</summary>
    public const string NeedConfirmed = "need-confirmed";

    /// <summary>Customer anger, disappointment, complaint.</summary>
    public const string Frustration = "frustration";

    /// <summary>Short listener responses ("mm-hmm", "right") that are not interruptions.</summary>
    public const string Backchannel = "backchannel";

    /// <summary>
    /// True for the intents looked for only where a rule asks for them: card-form, say-aloud and last-digits around a
    /// card-number red line, contact-promise around a time word, hold-request before a silence.
    /// </summary>
    public static bool IsOnDemand(string intent) => intent is CardForm or SayAloud or LastDigits or ContactPromise or HoldRequest;

    /// <summary>The intent whose phrasings are the red line <paramref name="kind"/> (a <see cref="RedLineKinds"/> value).</summary>
    public static string RedLine(string kind) => RedLinePrefix + kind;

    /// <summary>True for the intents of red lines.</summary>
    public static bool IsRedLine(string intent) => intent.StartsWith(RedLinePrefix, StringComparison.Ordinal);

    /// <summary>Every red-line kind the analyser looks for.</summary>
    public static IReadOnlyList<string> RedLineKindsChecked { get; } =
        [RedLineKinds.RefundWithoutReturn, RedLineKinds.NotGenuine, RedLineKinds.CardNumber, RedLineKinds.Rudeness];

    /// <summary>
    /// Who says the phrasings of <paramref name="intent"/>: the customer (resolution, answers, frustration), anyone
    /// (backchannels, as <see cref="Speaker.Unknown"/>), else the agent.
    /// </summary>
    public static Speaker SpokenBy(string intent) => intent switch
    {
        ResolutionConfirmed or ResolutionPending or NothingElse or NeedConfirmed or Frustration => Speaker.Customer,
        Backchannel => Speaker.Unknown,
        _ => Speaker.Agent,
    };

    /// <summary>Every intent a complete phrase pack defines.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        GreetingOpening, GreetingIntroduction, GreetingOffer, Empathy, Attention, Respect, ClosingCheck, FurtherSupport, ReviewInvitation,
        ResolutionConfirmed, ResolutionPending, SolutionGiven, Escalation, Disclaimer, CardForm, SayAloud, LastDigits, ContactPromise, HoldRequest, NothingElse, NeedConfirmed, Frustration, Backchannel, .. RedLineKindsChecked.Select(RedLine),
    ];
}
