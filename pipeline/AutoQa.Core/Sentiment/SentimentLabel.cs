namespace AutoQa.Sentiment;

/// <summary>The tone of a turn.</summary>
public enum SentimentLabel
{
    /// <summary>Frustrated, angry, disappointed, cold or harsh.</summary>
    Negative,

    /// <summary>Matter-of-fact.</summary>
    Neutral,

    /// <summary>Pleased, grateful, warm.</summary>
    Positive,
}
