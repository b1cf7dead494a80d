namespace AutoQa.Audio.Quality;

/// <summary>Speech level and speech-to-noise ratio of a channel from its speech spans.</summary>
internal static class LevelMeter
{
    // Below this much non-speech, the noise floor is taken from the quietest frames instead.
    private const double MinNoiseSeconds = 0.5;
    private const double FloorPercentile = 0.1;
    private const int FrameMilliseconds = 20;

    public static double Decibels(double power) => power > 0 ? 10 * Math.Log10(power) : double.NegativeInfinity;

    public static (double SpeechPower, double NoisePower) Powers(ReadOnlySpan<float> samples, SampleSpan[] speech, int sampleRate)
    {
        double speechSum = 0, totalSum = SumOfSquares(samples);
        long speechCount = 0;
        foreach (var span in speech)
        {
            speechSum += SumOfSquares(samples[span.Start..span.End]);
            speechCount += span.Length;
        }

        var noiseCount = samples.Length - speechCount;
        var speechPower = speechCount > 0 ? speechSum / speechCount : 0;
        var noisePower = noiseCount >= MinNoiseSeconds * sampleRate
            ? Math.Max(0, totalSum - speechSum) / noiseCount
            : QuietFramePower(samples, sampleRate);
        return (speechPower, noisePower);
    }

    /// <summary>Speech power above the noise against the noise, in dB, between 0 and <paramref name="maxDb"/>.</summary>
    public static double SnrDb(double speechPower, double noisePower, double maxDb)
    {
        if (noisePower <= 0)
        {
            return maxDb;
        }

        var signal = speechPower - noisePower;
        return signal <= 0 ? 0 : Math.Min(maxDb, Decibels(signal / noisePower));
    }

    private static double QuietFramePower(ReadOnlySpan<float> samples, int sampleRate)
    {
        var frame = sampleRate * FrameMilliseconds / 1000;
        var count = samples.Length / frame;
        if (count == 0)
        {
            return 0;
        }

        var powers = new double[count];
        for (var i = 0; i < count; i++)
        {
            powers[i] = Power(samples.Slice(i * frame, frame));
        }

        Array.Sort(powers);
        return powers[(int)(FloorPercentile * (count - 1))];
    }

    public static double Power(ReadOnlySpan<float> samples) => samples.IsEmpty ? 0 : SumOfSquares(samples) / samples.Length;

    private static double SumOfSquares(ReadOnlySpan<float> samples)
    {
        var sum = 0.0;
        foreach (var s in samples)
        {
            sum += s * s;
        }

        return sum;
    }
}
