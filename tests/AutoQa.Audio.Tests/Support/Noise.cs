namespace AutoQa.Audio.Tests.Support;

/// <summary>Seeded Gaussian white noise, so noisy test signals are the same on every run.</summary>
internal static class Noise
{
    public static void AddWhite(float[] signal, double power, int seed)
    {
        var random = new Random(seed);
        var sigma = Math.Sqrt(power);
        for (var i = 0; i < signal.Length; i++)
        {
            // Box-Muller transform of two uniform draws.
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            signal[i] += (float)(sigma * gaussian);
        }
    }
}
