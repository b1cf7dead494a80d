namespace AutoQa.Audio.Quality;

/// <summary>Counts speech samples at or above the clip level and where the first and last of them are.</summary>
internal static class ClippingMeter
{
    public static (double Share, SampleSpan Extent) Measure(ReadOnlySpan<float> samples, SampleSpan[] speech, float clipLevel)
    {
        long clipped = 0, total = 0;
        int first = -1, last = -1;
        foreach (var span in speech)
        {
            total += span.Length;
            for (var i = span.Start; i < span.End; i++)
            {
                if (Math.Abs(samples[i]) >= clipLevel)
                {
                    clipped++;
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
        }

        return (total == 0 ? 0 : (double)clipped / total, first < 0 ? default : new SampleSpan(first, last + 1));
    }
}
