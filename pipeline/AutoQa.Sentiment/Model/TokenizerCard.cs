namespace AutoQa.Sentiment.Model;

/// <summary>The tokenizer section of a model card.</summary>
/// <param name="Kind"><c>word-ngram-hash</c> or <c>wordpiece</c>.</param>
/// <param name="MaxLength">Most ids per text.</param>
/// <param name="Buckets">word-ngram-hash: rows of the weight table, padding row 0 included.</param>
/// <param name="WordNgramMax">word-ngram-hash: longest word n-gram.</param>
/// <param name="CharNgramMin">word-ngram-hash: shortest character n-gram, 0 for none.</param>
/// <param name="CharNgramMax">word-ngram-hash: longest character n-gram.</param>
/// <param name="FoldAccents">word-ngram-hash: fold accented letters.</param>
/// <param name="Vocabulary">wordpiece: vocabulary file, relative to the card.</param>
/// <param name="Lowercase">wordpiece: lower-case before tokenizing.</param>
public sealed record TokenizerCard(
    string Kind,
    int MaxLength,
    int? Buckets = null,
    int? WordNgramMax = null,
    int? CharNgramMin = null,
    int? CharNgramMax = null,
    bool? FoldAccents = null,
    string? Vocabulary = null,
    bool? Lowercase = null);
