using AutoQa.Sentiment.Tokenization;
using AutoQa.SentimentTraining.Corpus;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutoQa.SentimentTraining.Training;

/// <summary>
/// Turns sentences into ML.NET rows whose features are the counts of the runtime tokenizer's ids: exactly what
/// the ONNX graph's Gather + ReduceSum computes, so the linear model is the same function in both.
/// </summary>
internal sealed class CountFeatures(ITurnTokenizer tokenizer, int buckets)
{
    public IDataView Load(MLContext ml, IEnumerable<LabelledSentence> sentences)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), LabelCodec.Count);
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, buckets);
        return ml.Data.LoadFromEnumerable(sentences.Select(ToRow).ToList(), schema);
    }

    private FeatureRow ToRow(LabelledSentence sentence)
    {
        var counts = new SortedDictionary<int, float>();
        foreach (var id in tokenizer.Encode(sentence.Text))
        {
            counts[(int)id] = counts.GetValueOrDefault((int)id) + 1;
        }

        return new FeatureRow
        {
            Label = LabelCodec.ToKey(sentence.Label),
            Features = new VBuffer<float>(buckets, counts.Count, [.. counts.Values], [.. counts.Keys]),
            Weight = sentence.Weight,
        };
    }
}
