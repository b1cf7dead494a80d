using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Tests.Phrases;

public sealed class VocabularyTests
{
    [Fact]
    public void A_slip_that_fits_several_words_is_every_one_of_them()
    {
        var vocabulary = new Vocabulary();
        var avec = vocabulary.Add("avec");
        var avez = vocabulary.Add("avez");

        Assert.Equal([avec, avez], vocabulary.Candidates("ave"));
        Assert.Equal(avec, vocabulary.Find("ave"));
    }

    [Fact]
    public void A_word_of_the_pack_is_only_itself()
    {
        var vocabulary = new Vocabulary();
        vocabulary.Add("avec");
        var ave = vocabulary.Add("ave");

        Assert.Equal([ave], vocabulary.Candidates("ave"));
    }

    [Theory]
    [InlineData("frustating", "frustrating")] // a letter dropped
    [InlineData("refunds", "refund")] // a letter added
    [InlineData("genuime", "genuine")] // a letter changed
    public void A_spelling_slip_finds_its_word(string slip, string word)
    {
        var vocabulary = new Vocabulary();
        var id = vocabulary.Add(word);

        Assert.Equal([id], vocabulary.Candidates(slip));
        Assert.Equal(id, vocabulary.Find(slip));
    }

    [Theory]
    [InlineData("sauer", "super")] // two changes
    [InlineData("xyz", "help")]
    public void Other_words_find_nothing(string token, string word)
    {
        var vocabulary = new Vocabulary();
        vocabulary.Add(word);

        Assert.Empty(vocabulary.Candidates(token));
        Assert.Equal(-1, vocabulary.Find(token));
    }
}
