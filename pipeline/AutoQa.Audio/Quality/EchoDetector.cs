namespace AutoQa.Audio.Quality;

/// <summary>
/// Finds the other channel's speech leaking into this one, speech region by speech region: a region whose 10 ms RMS
/// envelope follows the other channel's envelope delayed by the echo window (Pearson correlation), better than
/// undelayed, while quieter than it, is an echo. Judged per region, a channel's own speech (louder and unrelated to
/// the other's) does not hide the echo between its turns; plain double-talk or a duplicated mono channel is not echo.
/// </summary>
internal static class EchoDetector
{
    public const int FrameMilliseconds = 10;

    public static float[] Envelope(ReadOnlySpan<float> samples, int sampleRate)
    {
        var frame = FrameSamples(sampleRate);
        var envelope = new float[samples.Length / frame];
        for (var i = 0; i < envelope.Length; i++)
        {
            var sum = 0.0;
            foreach (var s in samples.Slice(i * frame, frame))
            {
                sum += s * s;
            }

            envelope[i] = (float)Math.Sqrt(sum / frame);
        }

        return envelope;
    }

    public static int FrameSamples(int sampleRate) => sampleRate * FrameMilliseconds / 1000;

    /// <summary>The speech regions of <paramref name="self"/> (in frames) that are <paramref name="other"/>'s speech delayed by minLag..maxLag frames.</summary>
    public static List<EchoRegion> Find(float[] self, float[] other, IEnumerable<FrameRange> speech, int minLag, int maxLag, double minCorrelation, int minFrames)
    {
        var echoes = new List<EchoRegion>();
        foreach (var region in speech.Where(r => r.Length >= minFrames))
        {
            var (correlation, lag) = BestLag(self, other, region, minLag, maxLag);
            if (correlation >= minCorrelation && Mean(self, region, 0) < Mean(other, region, lag))
            {
                echoes.Add(new EchoRegion(region, correlation, lag));
            }
        }

        return echoes;
    }

    /// <summary>
    /// The echo at either end of speech regions that also hold the channel's own speech (a reply that begins as the
    /// other party's echo fades, merged into one region by the VAD): windows of <paramref name="windowFrames"/>,
    /// <paramref name="stepFrames"/> apart, judged at the echo's known <paramref name="lag"/> and taken from each end
    /// while they are echo. A region echo in every window is echo whole.
    /// </summary>
    public static IEnumerable<EchoRegion> Edges(float[] self, float[] other, IEnumerable<FrameRange> regions, int lag, double minCorrelation, int windowFrames, int stepFrames)
    {
        foreach (var region in regions.Where(r => r.Length >= 2 * windowFrames))
        {
            var start = region.Start;
            while (start + windowFrames <= region.End && IsEcho(self, other, new FrameRange(start, start + windowFrames), lag, minCorrelation))
            {
                start += stepFrames;
            }

            if (start + windowFrames > region.End)
            {
                yield return Judged(self, other, region, lag);
                continue;
            }

            var end = region.End;
            while (end - windowFrames >= start && IsEcho(self, other, new FrameRange(end - windowFrames, end), lag, minCorrelation))
            {
                end -= stepFrames;
            }

            if (start > region.Start)
            {
                yield return Judged(self, other, new FrameRange(region.Start, start), lag);
            }

            if (end < region.End)
            {
                yield return Judged(self, other, new FrameRange(end, region.End), lag);
            }
        }
    }

    private static bool IsEcho(float[] self, float[] other, FrameRange window, int lag, double minCorrelation) =>
        Correlation(self, other, window, lag) >= minCorrelation && Mean(self, window, 0) < Mean(other, window, lag);

    private static EchoRegion Judged(float[] self, float[] other, FrameRange frames, int lag) => new(frames, Correlation(self, other, frames, lag), lag);

    // The best correlation of the region with the other envelope delayed by minLag..maxLag, and its lag; 0 when it
    // does not beat lag zero.
    private static (double Correlation, int Lag) BestLag(float[] self, float[] other, FrameRange region, int minLag, int maxLag)
    {
        (double Correlation, int Lag) best = (0, 0);
        for (var lag = minLag; lag <= maxLag; lag++)
        {
            var r = Correlation(self, other, region, lag);
            if (r > best.Correlation)
            {
                best = (r, lag);
            }
        }

        return best.Correlation > Correlation(self, other, region, 0) ? best : (0, 0);
    }

    // Pearson correlation of self[t] with other[t - lag] over the region's frames that both cover.
    private static double Correlation(float[] self, float[] other, FrameRange region, int lag)
    {
        var (from, to) = Covered(self, other, region, lag);
        var count = to - from;
        if (count < 2)
        {
            return 0;
        }

        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (var t = from; t < to; t++)
        {
            double x = self[t], y = other[t - lag];
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }

        var varX = sxx - (sx * sx / count);
        var varY = syy - (sy * sy / count);
        return varX <= 1e-12 || varY <= 1e-12 ? 0 : (sxy - (sx * sy / count)) / Math.Sqrt(varX * varY);
    }

    private static double Mean(float[] envelope, FrameRange region, int lag)
    {
        var (from, to) = (Math.Max(lag, region.Start), Math.Min(envelope.Length + lag, region.End));
        var sum = 0.0;
        for (var t = from; t < to; t++)
        {
            sum += envelope[t - lag];
        }

        return to > from ? sum / (to - from) : 0;
    }

    private static (int From, int To) Covered(float[] self, float[] other, FrameRange region, int lag) =>
        (Math.Max(region.Start, lag), Math.Min(Math.Min(region.End, self.Length), other.Length + lag));
}
