using AutoQa.Events;

namespace AutoQa.Analysis.Tests.Phrases;

/// <summary>
/// The English frustration phrases against 1,500 real positive sentences (the UCI sentiment sentences in the shared
/// assets: Amazon, Yelp and IMDb reviews labelled positive). A happy customer is not a frustrated one: "I find
/// myself watching them over and over" once read as "find [out] myself".
/// </summary>
public sealed class RealReviewTextTests
{
    private static readonly string[] Files = ["amazon_cells_labelled.txt", "yelp_labelled.txt", "imdb_labelled.txt"];

    // Two mixed sentences are still read as frustration: one praises a phone over a cheap one "that sounded awful",
    // and in "I don't think you will be disappointed" the negation stands five words before the phrase, beyond its
    // reach of three.
    private static readonly string[] KnownMixed = ["A good quality bargain.", "I don't think you will be disappointed."];

    [Fact]
    public void No_positive_sentence_shows_frustration_but_two_known_mixed_ones()
    {
        var positive = Files
            .SelectMany(file => File.ReadLines(SharedAssets.Require($"data/sentiment-uci/{file}")))
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length == 2 && cells[1].Trim() == "1")
            .Select(cells => cells[0].Trim())
            .ToList();

        var frustrated = positive.Where(text => Some.Call(200).Customer(10, text).Analyze().Of(QaEventKind.CustomerFrustration).Any());

        Assert.True(positive.Count >= 1500, $"only {positive.Count} positive sentences read");
        Assert.DoesNotContain(frustrated, text => !KnownMixed.Any(known => text.StartsWith(known, StringComparison.Ordinal)));
    }
}
