namespace AutoQa.Synth.Tests.Support;

/// <summary>Signal measures the tests compare with the declared truth.</summary>
internal static class Levels
{
    public const int Rate = 16000;

    public static int Sample(double seconds) => (int)Math.Round(seconds * Rate);

    /// <summary>Mean power of samples [from, to).</summary>
    public static double Power(float[] samples, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(samples.Length, to);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += samples[i] * samples[i];
        }

        return to > from ? sum / (to - from) : 0;
    }

    public static double Db(double power) => 10 * Math.Log10(Math.Max(power, 1e-20));

    /// <summary>Level in dBFS of the loudest 20 ms window in [from, to).</summary>
    public static double PeakWindowDb(float[] samples, int from, int to)
    {
        var peak = 0.0;
        for (var start = Math.Max(0, from); start + 320 <= Math.Min(samples.Length, to); start += 160)
        {
            peak = Math.Max(peak, Power(samples, start, start + 320));
        }

        return Db(peak);
    }
}
