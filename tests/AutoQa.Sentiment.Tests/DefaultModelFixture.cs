namespace AutoQa.Sentiment.Tests;

/// <summary>
/// The committed default model (models/sentiment, copied next to the tests at build), loaded once with and
/// once without rules. <c>AUTOQA_SENTIMENT_MODEL</c> points the tests at another model card.
/// </summary>
public sealed class DefaultModelFixture : IDisposable
{
    public DefaultModelFixture()
    {
        CardPath = SentimentModelLocator.Find();
        WithRules = OnnxSentimentScorer.Load(CardPath);
        ModelOnly = OnnxSentimentScorer.Load(CardPath, new SentimentOptions { ApplyRules = false });
    }

    public string CardPath { get; }

    public OnnxSentimentScorer WithRules { get; }

    public OnnxSentimentScorer ModelOnly { get; }

    public void Dispose()
    {
        WithRules.Dispose();
        ModelOnly.Dispose();
    }
}
