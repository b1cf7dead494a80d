using AutoQa.SentimentTraining.Corpus;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace AutoQa.SentimentTraining.Training;

/// <summary>
/// Trains ML.NET's L-BFGS maximum-entropy classifier on count features, with no normaliser (the ONNX graph
/// has none either), single-threaded so that the result is reproducible.
/// </summary>
internal sealed class MaxEntTrainer(MLContext ml, CountFeatures features)
{
    public MulticlassPredictionTransformer<MaximumEntropyModelParameters> Fit(IEnumerable<LabelledSentence> training, float l2)
    {
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            L2Regularization = l2,
            L1Regularization = 0,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 2000,
            NumberOfThreads = 1,
        });
        return trainer.Fit(features.Load(ml, training));
    }

    /// <summary>ML.NET's probabilities for each sentence, in class order.</summary>
    public float[][] Predict(ITransformer model, IEnumerable<LabelledSentence> sentences) =>
        [.. ml.Data.CreateEnumerable<PredictionRow>(model.Transform(features.Load(ml, sentences)), reuseRowObject: false).Select(row => row.Score)];

    /// <summary>The weights and biases of a fitted model.</summary>
    public static LinearModel Extract(MaximumEntropyModelParameters parameters, int buckets)
    {
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var classes);
        var weights = new float[buckets * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (index, value) in perClass[c].Items())
            {
                weights[(index * classes) + c] = value;
            }
        }

        return new LinearModel(weights, [.. parameters.GetBiases()], buckets, classes);
    }
}
