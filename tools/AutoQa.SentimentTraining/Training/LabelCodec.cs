using AutoQa.Sentiment;

namespace AutoQa.SentimentTraining.Training;

/// <summary>
/// Maps labels to ML.NET label keys. LoadFromEnumerable reads a key column's uint as a 0-based index (it stores
/// index + 1, keeping 0 for missing), so the value is the enum's value, which is also the model's class index.
/// </summary>
internal static class LabelCodec
{
    public static readonly SentimentLabel[] Labels = Enum.GetValues<SentimentLabel>();

    public static int Count => Labels.Length;

    public static uint ToKey(SentimentLabel label) => (uint)label;
}
