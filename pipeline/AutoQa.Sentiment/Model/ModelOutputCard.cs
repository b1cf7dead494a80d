namespace AutoQa.Sentiment.Model;

/// <summary>The ONNX output a model card reads.</summary>
/// <param name="Name">The float [batch, labels] output.</param>
/// <param name="Kind"><c>probabilities</c> (already softmaxed) or <c>logits</c> (softmax is applied here).</param>
public sealed record ModelOutputCard(string Name, string Kind);
