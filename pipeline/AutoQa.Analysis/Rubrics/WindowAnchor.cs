namespace AutoQa.Analysis.Rubrics;

/// <summary>Where an item's time window starts.</summary>
public enum WindowAnchor
{
    /// <summary>The start of the recording.</summary>
    CallStart,

    /// <summary>The agent's first words.</summary>
    AgentFirstWords,

    /// <summary>The end of the customer's first frustrated utterance (the empathy clock).</summary>
    FirstFrustrationEnd,

    /// <summary>The start of the closing window.</summary>
    Closing,
}
