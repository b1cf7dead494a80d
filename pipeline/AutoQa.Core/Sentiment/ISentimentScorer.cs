namespace AutoQa.Sentiment;

/// <summary>Scores the sentiment of turns in batches. Implementations are thread-safe.</summary>
public interface ISentimentScorer
{
    /// <summary>Scores each text; the result has one entry per input, in order.</summary>
    IReadOnlyList<SentimentScore> Score(IReadOnlyList<string> texts);
}
