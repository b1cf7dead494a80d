namespace AutoQa.Sentiment.Model;

/// <summary>The ONNX input names a model card maps.</summary>
/// <param name="Ids">The int64 [batch, length] token-id input.</param>
/// <param name="AttentionMask">An optional int64 [batch, length] input: 1 for a token, 0 for padding.</param>
/// <param name="TokenTypeIds">An optional int64 [batch, length] input filled with zeros (BERT segment ids).</param>
public sealed record ModelInputsCard(string Ids, string? AttentionMask = null, string? TokenTypeIds = null);
