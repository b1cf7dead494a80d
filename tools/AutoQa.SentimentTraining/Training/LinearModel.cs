namespace AutoQa.SentimentTraining.Training;

/// <summary>A trained multiclass linear model: weights [feature, class] row-major and one bias per class.</summary>
internal sealed record LinearModel(float[] Weights, float[] Bias, int Features, int Classes);
