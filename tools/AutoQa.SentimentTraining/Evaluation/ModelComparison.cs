using AutoQa.Sentiment.Rules;

namespace AutoQa.SentimentTraining.Evaluation;

/// <summary>How far ONNX Runtime's probabilities are from ML.NET's for the same sentences.</summary>
internal sealed record ModelComparison(int Total, int SameLabels, float MaxProbabilityDifference)
{
    public static ModelComparison Of(IReadOnlyList<float[]> mlNet, IReadOnlyList<float[]> onnx)
    {
        var same = 0;
        var max = 0f;
        for (var i = 0; i < mlNet.Count; i++)
        {
            same += SentimentRuleSet.ArgMax(mlNet[i]) == SentimentRuleSet.ArgMax(onnx[i]) ? 1 : 0;
            for (var j = 0; j < mlNet[i].Length; j++)
            {
                max = Math.Max(max, Math.Abs(mlNet[i][j] - onnx[i][j]));
            }
        }

        return new ModelComparison(mlNet.Count, same, max);
    }
}
