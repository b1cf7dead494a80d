using AutoQa.Audio.Quality;
using AutoQa.Audio.Vad;
using AutoQa.Events;

namespace AutoQa.Audio.Tests.Quality;

/// <summary>The dropout rule on a steady 300 Hz tone marked as speech: only silence that cuts the signal off counts.</summary>
public sealed class DropoutEdgeTests
{
    private const int Rate = 16_000;
    private readonly AudioQualityAnalyzer _analyzer = new();

    [Fact]
    public void A_silent_run_that_cuts_the_signal_abruptly_is_a_dropout()
    {
        var tone = Tone();
        Array.Clear(tone, Rate, Rate / 10);

        var dropout = Assert.Single(Dropouts(tone));

        Assert.Equal(1.0, dropout.Range.Start, 2);
        Assert.Equal(1.1, dropout.Range.End, 2);
    }

    [Fact]
    public void A_silent_run_the_signal_fades_into_and_out_of_is_a_pause_not_a_dropout()
    {
        var tone = Tone();
        var fade = Rate / 50;
        for (var i = 0; i < fade; i++)
        {
            var gain = 1f - ((i + 1f) / fade);
            tone[Rate - fade + i] *= gain;
            tone[Rate + (Rate / 10) + fade - 1 - i] *= gain;
        }

        Array.Clear(tone, Rate, Rate / 10);

        Assert.Empty(Dropouts(tone));
    }

    private static float[] Tone() => [.. Enumerable.Range(0, 2 * Rate).Select(i => 0.1f * MathF.Sin(2 * MathF.PI * 300 * i / Rate))];

    private IEnumerable<QaEvent> Dropouts(float[] samples)
    {
        var report = _analyzer.Analyze(new PcmAudio("tone", Rate, [samples]), [[new SpeechRegion(0.2, 1.8)]], TestContext.Current.CancellationToken);
        return report.Defects.Where(d => d.Detail == AudioDefectKinds.Dropout);
    }
}
