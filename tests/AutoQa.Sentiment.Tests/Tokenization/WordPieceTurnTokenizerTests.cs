using AutoQa.Sentiment.Tokenization;

namespace AutoQa.Sentiment.Tests.Tokenization;

public sealed class WordPieceTurnTokenizerTests
{
    [Fact]
    public void A_vocabulary_file_gives_bert_style_ids_with_special_tokens()
    {
        using var folder = new TempFolder();
        var vocabulary = folder.File("vocab.txt");
        File.WriteAllLines(vocabulary, ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "thank", "you", "parcel", "##s"]);

        var tokenizer = new WordPieceTurnTokenizer(vocabulary, lowercase: true, maxLength: 16);

        Assert.Equal([2L, 5, 6, 7, 8, 3], tokenizer.Encode("Thank you parcels"));
        Assert.Equal(0, tokenizer.PaddingId);
    }
}
