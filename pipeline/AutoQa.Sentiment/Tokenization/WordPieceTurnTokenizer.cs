using Microsoft.ML.Tokenizers;

namespace AutoQa.Sentiment.Tokenization;

/// <summary>
/// The <c>wordpiece</c> tokenizer of BERT-style models (Microsoft.ML.Tokenizers' <see cref="BertTokenizer"/>
/// over the card's vocabulary file), so that a transformer classifier exported to ONNX can be plugged in
/// through its model card alone.
/// </summary>
public sealed class WordPieceTurnTokenizer : ITurnTokenizer
{
    private readonly BertTokenizer tokenizer;
    private readonly int maxLength;

    /// <summary>Loads the vocabulary (one token a line).</summary>
    /// <param name="vocabularyPath">The vocabulary file.</param>
    /// <param name="lowercase">Whether text is lower-cased first (uncased models).</param>
    /// <param name="maxLength">Most ids per text, special tokens included.</param>
    public WordPieceTurnTokenizer(string vocabularyPath, bool lowercase, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 3);
        tokenizer = BertTokenizer.Create(vocabularyPath, new BertOptions { LowerCaseBeforeTokenization = lowercase });
        this.maxLength = maxLength;
    }

    /// <inheritdoc />
    public long PaddingId => tokenizer.PaddingTokenId;

    /// <inheritdoc />
    public long[] Encode(string text)
    {
        var ids = tokenizer.EncodeToIds(text, maxLength, addSpecialTokens: true, out _, out _);
        return [.. ids.Select(id => (long)id)];
    }
}
