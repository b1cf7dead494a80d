using AutoQa.Sentiment.Model;
using AutoQa.Sentiment.Rules;
using AutoQa.Sentiment.Scoring;
using AutoQa.Sentiment.Tokenization;
using AutoQa.SentimentTraining.Corpus;
using AutoQa.SentimentTraining.Onnx;
using AutoQa.SentimentTraining.Training;
using Microsoft.ML;

namespace AutoQa.Sentiment.Tests.Training;

public sealed class OnnxExportTests
{
    private const int Buckets = 8192;

    [Fact]
    public void The_exported_onnx_model_gives_the_ml_net_model_labels_on_held_out_sentences()
    {
        var settings = new HashedNgramSettings(Buckets, 2, 3, 5, FoldAccents: true, MaxLength: 1024);
        var split = HoldOutSplit.Create(CorpusReader.CallCenter(Path.Combine(AppContext.BaseDirectory, "Data")), 0.25, seed: 7);
        var ml = new MLContext(seed: 7);
        var trainer = new MaxEntTrainer(ml, new CountFeatures(new HashedNgramTokenizer(settings), Buckets));
        var fitted = trainer.Fit(split.Training, l2: 0.1f);
        using var folder = new TempFolder();
        OnnxLinearModelWriter.Write(MaxEntTrainer.Extract(fitted.Model, Buckets), folder.File("m.onnx"), "test", new Dictionary<string, string>());
        ModelCardJson.Write(new SentimentModelCard("test", "1", "m.onnx", ["negative", "neutral", "positive"],
            new ModelInputsCard(OnnxLinearModelWriter.InputName), new ModelOutputCard(OnnxLinearModelWriter.OutputName, "probabilities"),
            new TokenizerCard("word-ngram-hash", 1024, Buckets, 2, 3, 5, true)), folder.File("model.json"));

        var mlNet = trainer.Predict(fitted, split.HeldOut);
        using var onnx = new OnnxTextClassifier(LoadedModelCard.Load(folder.File("model.json")), new SentimentOptions());
        var exported = onnx.Classify([.. split.HeldOut.Select(s => s.Text)]);

        Assert.True(split.HeldOut.Count > 50);
        for (var i = 0; i < mlNet.Length; i++)
        {
            Assert.Equal(SentimentRuleSet.ArgMax(mlNet[i]), SentimentRuleSet.ArgMax(exported[i]));
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(mlNet[i][j], exported[i][j], 4);
            }
        }
    }
}
