using AutoQa.Sphinx.Utterances;

namespace AutoQa.Sphinx.Tests.Utterances;

public sealed class UtteranceSplitterTests
{
    private const int Rate = 16_000;

    [Fact]
    public void Two_bursts_a_second_apart_are_two_utterances_around_them()
    {
        var samples = Signal((0.5, 1.5), (2.5, 3.5));

        var utterances = new UtteranceSplitter(new SphinxEngineOptions()).Split(samples);

        Assert.Equal(2, utterances.Count);
        Assert.InRange(Seconds(utterances[0].Start), 0.3, 0.5);
        Assert.InRange(Seconds(utterances[0].Start + utterances[0].Length), 1.5, 1.7);
        Assert.InRange(Seconds(utterances[1].Start), 2.3, 2.5);
    }

    [Fact]
    public void A_pause_shorter_than_the_minimum_does_not_cut()
    {
        var samples = Signal((0.5, 1.5), (1.7, 2.5));

        var utterances = new UtteranceSplitter(new SphinxEngineOptions { MinimumPauseSeconds = 0.35 }).Split(samples);

        Assert.Single(utterances);
    }

    [Fact]
    public void Speech_longer_than_the_maximum_is_cut_into_adjacent_pieces()
    {
        var samples = Signal((0.5, 45.5));

        var utterances = new UtteranceSplitter(new SphinxEngineOptions { MaximumUtteranceSeconds = 10 }).Split(samples);

        Assert.InRange(utterances.Count, 5, 9);
        Assert.All(utterances, u => Assert.InRange(u.Length, 1, 10 * Rate));
        Assert.All(utterances.Zip(utterances.Skip(1)), pair => Assert.Equal(pair.First.Start + pair.First.Length, pair.Second.Start));
    }

    [Fact]
    public void Digital_silence_and_quiet_hiss_have_no_utterances()
    {
        var hiss = Signal();
        var random = new Random(7);
        for (var i = 0; i < hiss.Length; i++)
        {
            hiss[i] = (float)((random.NextDouble() - 0.5) * 0.002);
        }

        Assert.Empty(new UtteranceSplitter(new SphinxEngineOptions()).Split(new float[3 * Rate]));
        Assert.Empty(new UtteranceSplitter(new SphinxEngineOptions()).Split(hiss));
    }

    private static double Seconds(int samples) => (double)samples / Rate;

    /// <summary>Digital silence of at least five seconds with loud 220 Hz bursts.</summary>
    private static float[] Signal(params (double Start, double End)[] bursts)
    {
        var length = (int)(Math.Max(5, bursts.Select(b => b.End + 1).DefaultIfEmpty(0).Max()) * Rate);
        var samples = new float[length];
        foreach (var (start, end) in bursts)
        {
            for (var i = (int)(start * Rate); i < (int)(end * Rate); i++)
            {
                samples[i] = 0.3f * MathF.Sin(2 * MathF.PI * 220 * i / Rate);
            }
        }

        return samples;
    }
}
