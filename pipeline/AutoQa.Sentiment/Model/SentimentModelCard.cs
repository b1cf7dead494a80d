namespace AutoQa.Sentiment.Model;

/// <summary>
/// The JSON file that describes a sentiment model: which ONNX file, how text becomes ids, the order of the
/// output labels and where the rules are. Everything the runtime needs, so a different model is a new card,
/// not new code.
/// </summary>
/// <param name="Name">A name for reports and the per-call JSON.</param>
/// <param name="Version">The model's version.</param>
/// <param name="Model">The ONNX file, relative to the card.</param>
/// <param name="Labels">The output's labels in order: each one of negative, neutral, positive.</param>
/// <param name="Inputs">The input names.</param>
/// <param name="Output">The output name and kind.</param>
/// <param name="Tokenizer">How text becomes ids.</param>
/// <param name="Rules">The folder of rule files, relative to the card; null for none.</param>
/// <param name="Description">Free text: training data, figures.</param>
public sealed record SentimentModelCard(
    string Name,
    string Version,
    string Model,
    IReadOnlyList<string> Labels,
    ModelInputsCard Inputs,
    ModelOutputCard Output,
    TokenizerCard Tokenizer,
    string? Rules = null,
    string? Description = null);
