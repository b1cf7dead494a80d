using AutoQa.Sentiment.Tokenization;

namespace AutoQa.Sentiment.Tests.Tokenization;

public sealed class HashedNgramTokenizerTests
{
    private static readonly HashedNgramTokenizer Tokenizer = new(new HashedNgramSettings(4096, 2, 3, 5, FoldAccents: true, MaxLength: 1024));

    [Fact]
    public void Written_and_transcribed_forms_of_a_sentence_give_the_same_ids()
    {
        Assert.Equal(Tokenizer.Encode("I don't know. It's BROKEN!"), Tokenizer.Encode("i dont know its broken"));
        Assert.Equal(Tokenizer.Encode("Très déçu, ça coûte"), Tokenizer.Encode("tres decu ca coute"));
        Assert.Equal(Tokenizer.Encode("Straße"), Tokenizer.Encode("strasse"));
    }

    [Fact]
    public void Ids_are_stable_and_never_the_padding_id()
    {
        var again = new HashedNgramTokenizer(new HashedNgramSettings(4096, 2, 3, 5, true, 1024));

        var ids = Tokenizer.Encode("the parcel never arrived");

        Assert.Equal(ids, again.Encode("the parcel never arrived"));
        Assert.All(ids, id => Assert.InRange(id, 1, 4095));
    }

    [Fact]
    public void Words_give_word_pairs_and_character_ngrams()
    {
        var words = new HashedNgramTokenizer(new HashedNgramSettings(1 << 20, 2, 0, 0, true, 1024));
        var chars = new HashedNgramTokenizer(new HashedNgramSettings(1 << 20, 1, 3, 3, true, 1024));

        // 3 words + 2 pairs; "ab" marked is 4 characters: 2 trigrams.
        Assert.Equal(5, words.Encode("one two three").Length);
        Assert.Equal(1 + 2, chars.Encode("ab").Length);
    }

    [Fact]
    public void Long_texts_are_cut_at_the_maximum_length()
    {
        var shortModel = new HashedNgramTokenizer(new HashedNgramSettings(4096, 2, 3, 5, true, 16));

        Assert.Equal(16, shortModel.Encode(string.Join(' ', Enumerable.Repeat("complaint", 50))).Length);
    }

    [Fact]
    public void Invalid_settings_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new HashedNgramTokenizer(new HashedNgramSettings(1, 2, 3, 5, true, 16)));
}
