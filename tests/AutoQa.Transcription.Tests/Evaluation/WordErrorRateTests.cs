using AutoQa.Transcription.Evaluation;

namespace AutoQa.Transcription.Tests.Evaluation;

public sealed class WordErrorRateTests
{
    [Fact]
    public void Case_and_punctuation_do_not_count_as_errors()
    {
        var wer = WordErrorRate.Measure("And so, my fellow Americans: ask not!", "and so my fellow americans ask not");

        Assert.Equal(0, wer.Rate);
        Assert.Equal(7, wer.ReferenceWords);
    }

    [Fact]
    public void A_substitution_a_deletion_and_an_insertion_are_counted_apart()
    {
        var substitutedAndDeleted = WordErrorRate.Measure("the cat sat on the mat", "the bat sat on mat");
        var inserted = WordErrorRate.Measure("the cat sat", "the cat sat down");

        Assert.Equal(new WordErrorRate(Substitutions: 1, Deletions: 1, Insertions: 0, ReferenceWords: 6), substitutedAndDeleted);
        Assert.Equal(2.0 / 6, substitutedAndDeleted.Rate, precision: 10);
        Assert.Equal(new WordErrorRate(Substitutions: 0, Deletions: 0, Insertions: 1, ReferenceWords: 3), inserted);
    }

    [Fact]
    public void Apostrophes_inside_words_stay_and_hyphens_split()
    {
        Assert.Equal(["don't", "follow", "up", "please"], WordErrorRate.Normalise("Don't follow-up, 'please'"));
    }

    [Fact]
    public void An_empty_hypothesis_deletes_every_reference_word()
    {
        Assert.Equal(1, WordErrorRate.Measure("ask not", string.Empty).Rate);
        Assert.Equal(0, WordErrorRate.Measure(string.Empty, string.Empty).Rate);
        Assert.Equal(1, WordErrorRate.Measure(string.Empty, "noise").Rate);
    }
}
