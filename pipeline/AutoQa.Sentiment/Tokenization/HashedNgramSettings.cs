namespace AutoQa.Sentiment.Tokenization;

/// <summary>Settings of the <c>word-ngram-hash</c> tokenizer, as the model card states them.</summary>
/// <param name="Buckets">Rows of the model's weight table; id 0 is padding, features hash to 1..Buckets-1.</param>
/// <param name="WordNgramMax">Longest word n-gram (1 = words only, 2 = words and word pairs).</param>
/// <param name="CharNgramMin">Shortest character n-gram inside a word (with boundary marks); 0 turns them off.</param>
/// <param name="CharNgramMax">Longest character n-gram inside a word.</param>
/// <param name="FoldAccents">Whether accented letters are folded to their base letter before hashing.</param>
/// <param name="MaxLength">Most ids per text; later features are dropped.</param>
public sealed record HashedNgramSettings(
    int Buckets,
    int WordNgramMax,
    int CharNgramMin,
    int CharNgramMax,
    bool FoldAccents,
    int MaxLength);
