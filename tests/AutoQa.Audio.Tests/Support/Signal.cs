namespace AutoQa.Audio.Tests.Support;

/// <summary>Simple measures of a decoded signal, to check what the code under test produced.</summary>
internal static class Signal
{
    public static double Rms(ReadOnlySpan<float> samples)
    {
        var sum = 0.0;
        foreach (var s in samples)
        {
            sum += s * s;
        }

        return samples.IsEmpty ? 0 : Math.Sqrt(sum / samples.Length);
    }

    /// <summary>The frequency of a pure tone from its rate of upward zero crossings.</summary>
    public static double ToneFrequency(ReadOnlySpan<float> samples, int sampleRate)
    {
        var crossings = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            if (samples[i - 1] < 0 && samples[i] >= 0)
            {
                crossings++;
            }
        }

        return crossings * (double)sampleRate / samples.Length;
    }

    /// <summary>The middle part of a buffer, away from codec start-up and tail effects.</summary>
    public static ReadOnlySpan<float> Middle(float[] samples) => samples.AsSpan(samples.Length / 4, samples.Length / 2);
}
