using AutoQa.Audio.Vad;
using AutoQa.Events;

namespace AutoQa.Audio.Quality;

/// <summary>A half-open run of samples [Start, End) of one channel.</summary>
internal readonly record struct SampleSpan(int Start, int End)
{
    public int Length => End - Start;

    public TimeRange ToTimeRange(int sampleRate) => new((double)Start / sampleRate, (double)End / sampleRate);

    /// <summary>The speech regions as sample spans, clamped to the channel and with overlaps merged.</summary>
    public static SampleSpan[] FromRegions(IReadOnlyList<SpeechRegion> regions, int sampleRate, int length)
    {
        var spans = new List<SampleSpan>(regions.Count);
        foreach (var region in regions.OrderBy(r => r.Start))
        {
            var start = Math.Clamp((int)Math.Round(region.Start * sampleRate), 0, length);
            var end = Math.Clamp((int)Math.Round(region.End * sampleRate), start, length);
            if (spans.Count > 0 && start <= spans[^1].End)
            {
                spans[^1] = spans[^1] with { End = Math.Max(end, spans[^1].End) };
            }
            else if (end > start)
            {
                spans.Add(new SampleSpan(start, end));
            }
        }

        return [.. spans];
    }
}
