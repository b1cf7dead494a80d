using System.Text;
using AutoQa.Whisper.Words;

namespace AutoQa.Whisper.Tests.Words;

public sealed class WordAssemblerTests
{
    [Fact]
    public void Sub_word_tokens_join_the_word_that_a_leading_space_began()
    {
        var words = WordAssembler.Assemble([Piece(" And", 0.0, 0.3, 0.9f), Piece(" fell", 0.3, 0.5, 0.8f), Piece("ow", 0.5, 0.7, 0.6f), Piece(",", 0.7, 0.8, 1.0f)]);

        Assert.Equal(["And", "fellow,"], words.Select(w => w.Text));
        Assert.Equal(0.3, words[1].Start, 6);
        Assert.Equal(0.8, words[1].End, 6);
        Assert.Equal((0.8f + 0.6f + 1.0f) / 3, words[1].Probability, 5);
    }

    [Fact]
    public void A_character_split_across_tokens_comes_out_whole()
    {
        var euro = Encoding.UTF8.GetBytes(" 5€");
        var words = WordAssembler.Assemble([
            new WordPiece(euro[..3], 0, 0.2, 0.5f),
            new WordPiece(euro[3..], 0.2, 0.4, 0.5f),
        ]);

        Assert.Equal("5€", Assert.Single(words).Text);
    }

    [Fact]
    public void Blank_tokens_make_no_words()
    {
        Assert.Empty(WordAssembler.Assemble([Piece(" ", 0, 0.1, 0.5f), new WordPiece([], 0.1, 0.2, 0.5f)]));
    }

    private static WordPiece Piece(string text, double start, double end, float probability) =>
        new(Encoding.UTF8.GetBytes(text), start, end, probability);
}
