using AutoQa.Sentiment.Tokenization;

namespace AutoQa.Sentiment.Model;

/// <summary>Builds the tokenizer a model card's tokenizer section describes.</summary>
internal static class TokenizerFactory
{
    private const string WordNgramHash = "word-ngram-hash";
    private const string WordPiece = "wordpiece";

    public static ITurnTokenizer Create(string cardPath, TokenizerCard card) => card.Kind switch
    {
        WordNgramHash => CreateHashed(cardPath, card),
        WordPiece => CreateWordPiece(cardPath, card),
        _ => throw new SentimentModelException(cardPath, $"unknown tokenizer kind '{card.Kind}' (known: {WordNgramHash}, {WordPiece})"),
    };

    private static HashedNgramTokenizer CreateHashed(string cardPath, TokenizerCard card)
    {
        var settings = new HashedNgramSettings(
            Required(cardPath, card.Buckets, "buckets"),
            card.WordNgramMax ?? 1,
            card.CharNgramMin ?? 0,
            card.CharNgramMax ?? 0,
            card.FoldAccents ?? false,
            card.MaxLength);
        try
        {
            return new HashedNgramTokenizer(settings);
        }
        catch (ArgumentException e)
        {
            throw new SentimentModelException(cardPath, e.Message, e);
        }
    }

    private static WordPieceTurnTokenizer CreateWordPiece(string cardPath, TokenizerCard card)
    {
        var vocabulary = card.Vocabulary
            ?? throw new SentimentModelException(cardPath, "tokenizer kind 'wordpiece' needs 'vocabulary'");
        var path = Path.Combine(Path.GetDirectoryName(cardPath)!, vocabulary);
        if (!File.Exists(path))
        {
            throw new SentimentModelException(cardPath, $"the vocabulary file '{path}' it names does not exist");
        }

        return new WordPieceTurnTokenizer(path, card.Lowercase ?? true, card.MaxLength);
    }

    private static int Required(string cardPath, int? value, string name) =>
        value ?? throw new SentimentModelException(cardPath, $"tokenizer kind '{WordNgramHash}' needs '{name}'");
}
