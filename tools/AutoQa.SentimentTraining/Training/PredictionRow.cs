namespace AutoQa.SentimentTraining.Training;

/// <summary>An ML.NET prediction: the probabilities in label-key order.</summary>
public sealed class PredictionRow
{
    public float[] Score { get; set; } = [];
}
