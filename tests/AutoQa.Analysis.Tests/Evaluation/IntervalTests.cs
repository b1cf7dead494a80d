using AutoQa.Analysis.Evaluation;

namespace AutoQa.Analysis.Tests.Evaluation;

public sealed class IntervalTests
{
    // Wilson's score interval, as statistics texts tabulate it.
    [Theory]
    [InlineData(13, 18, 0.491, 0.875)]
    [InlineData(6, 6, 0.610, 1.000)]
    [InlineData(300, 300, 0.987, 1.000)]
    [InlineData(230, 300, 0.716, 0.811)]
    [InlineData(0, 10, 0.000, 0.278)]
    public void A_share_lies_in_its_wilson_interval(int successes, int trials, double low, double high)
    {
        var interval = Interval.Of(successes, trials);

        Assert.Equal(low, interval.Low, 0.0005);
        Assert.Equal(high, interval.High, 0.0005);
    }

    [Fact]
    public void Failures_mirror_successes()
    {
        for (var k = 0; k <= 40; k++)
        {
            var (successes, failures) = (Interval.Of(k, 40), Interval.Of(40 - k, 40));
            Assert.Equal(successes.Low, 1 - failures.High, 1e-12);
            Assert.InRange(k / 40.0, successes.Low, successes.High);
        }
    }

    [Fact]
    public void Nothing_counted_says_nothing()
    {
        Assert.Equal(new Interval(0, 1), Interval.Of(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Of(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Of(-1, 2));
    }
}
