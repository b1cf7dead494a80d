using AutoQa.Sentiment.Model;
using Microsoft.ML.OnnxRuntime;

namespace AutoQa.Sentiment.Scoring;

/// <summary>Checks that a loaded ONNX model has the inputs and output width its card promises.</summary>
internal static class OnnxModelContract
{
    public static void Check(LoadedModelCard model, InferenceSession session)
    {
        var inputs = model.Card.Inputs;
        foreach (var name in new[] { inputs.Ids, inputs.AttentionMask, inputs.TokenTypeIds }.OfType<string>())
        {
            if (!session.InputMetadata.ContainsKey(name))
            {
                throw Mismatch(model, $"the model has no input '{name}' (it has: {string.Join(", ", session.InputMetadata.Keys)})");
            }
        }

        if (!session.OutputMetadata.TryGetValue(model.Card.Output.Name, out var output))
        {
            throw Mismatch(model, $"the model has no output '{model.Card.Output.Name}' (it has: {string.Join(", ", session.OutputMetadata.Keys)})");
        }

        var width = output.Dimensions.Length == 0 ? -1 : output.Dimensions[^1];
        if (width > 0 && width != model.Labels.Count)
        {
            throw Mismatch(model, $"the card lists {model.Labels.Count} labels but the model's output '{model.Card.Output.Name}' has {width}");
        }
    }

    private static SentimentModelException Mismatch(LoadedModelCard model, string reason) =>
        new(model.CardPath, $"{reason} (model {model.ModelPath})");
}
