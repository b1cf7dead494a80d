using Microsoft.ML.Data;

namespace AutoQa.SentimentTraining.Training;

/// <summary>An ML.NET row: the label key (0-based index), the sparse id-count vector and the example weight.</summary>
public sealed class FeatureRow
{
    public uint Label { get; set; }

    public VBuffer<float> Features { get; set; }

    public float Weight { get; set; }
}
