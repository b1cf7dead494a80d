namespace AutoQa.Audio.Quality;

/// <summary>
/// Looks for the other channel's signal in this channel, delayed: the Pearson correlation of the two 10 ms RMS
/// envelopes at each lag of the echo window. A delayed copy correlates better at its delay than at lag zero;
/// plain double-talk or a duplicated mono channel does not, so the best delayed correlation counts only when it
/// beats the zero-lag one.
/// </summary>
internal static class EchoDetector
{
    public const int FrameMilliseconds = 10;

    public static float[] Envelope(ReadOnlySpan<float> samples, int sampleRate)
    {
        var frame = sampleRate * FrameMilliseconds / 1000;
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

    /// <summary>The best correlation of <paramref name="self"/> with <paramref name="other"/> delayed by minLag..maxLag frames, and that lag; 0 when it does not beat lag zero.</summary>
    public static (double Correlation, int Lag) Find(float[] self, float[] other, int minLag, int maxLag)
    {
        var zeroLag = Correlation(self, other, 0);
        (double Correlation, int Lag) best = (0, 0);
        for (var lag = minLag; lag <= maxLag; lag++)
        {
            var r = Correlation(self, other, lag);
            if (r > best.Correlation)
            {
                best = (r, lag);
            }
        }

        return best.Correlation > zeroLag ? best : (0, 0);
    }

    // Pearson correlation of self[t] with other[t - lag] over the frames both cover.
    private static double Correlation(float[] self, float[] other, int lag)
    {
        var count = Math.Min(self.Length - lag, other.Length);
        if (count < 2)
        {
            return 0;
        }

        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (var t = 0; t < count; t++)
        {
            double x = self[t + lag], y = other[t];
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
}
