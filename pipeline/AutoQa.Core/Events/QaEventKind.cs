namespace AutoQa.Events;

/// <summary>What a QA lead looks for in a call (see the domain notes): the kinds of event detectors report.</summary>
public enum QaEventKind
{
    /// <summary>The agent's standard opening: brand or team name and an offer to help.</summary>
    Greeting,

    /// <summary>One party starts speaking while the other is mid-utterance (not a backchannel).</summary>
    Interruption,

    /// <summary>A customer stretch over the threshold with negative content.</summary>
    LongComplaint,

    /// <summary>The customer shows dissatisfaction (the start of the 30-second empathy clock).</summary>
    CustomerFrustration,

    /// <summary>EAR: empathy ("I understand how frustrating", "I'm sorry to hear").</summary>
    Empathy,

    /// <summary>EAR: attention ("let me make sure I understood", a paraphrase of the problem).</summary>
    Attention,

    /// <summary>EAR: respect ("thank you for your patience", "I appreciate").</summary>
    Respect,

    /// <summary>The agent checks the problem is solved before ending ("anything else I can help with?").</summary>
    ClosingCheck,

    /// <summary>The agent points to further support channels (email, chat, help center).</summary>
    FurtherSupport,

    /// <summary>The agent invites a review.</summary>
    ReviewInvitation,

    /// <summary>The agent promises a deadline ("within 48 hours"); <see cref="QaEvent.Detail"/> holds it normalised.</summary>
    Deadline,

    /// <summary>A red-line phrase; <see cref="QaEvent.Detail"/> holds the <see cref="RedLineKinds"/> value.</summary>
    RedLine,

    /// <summary>A stretch where nobody speaks, over the threshold.</summary>
    DeadAir,

    /// <summary>
    /// A silence over the hold threshold that the agent announced ("could you hold for a moment?") or thanked the
    /// customer for after it ("thank you for waiting"); the range is the silence, the quote the agent's words.
    /// </summary>
    Hold,

    /// <summary>An audio problem on a channel; <see cref="QaEvent.Detail"/> holds the <see cref="AudioDefectKinds"/> value.</summary>
    AudioDefect,
}
