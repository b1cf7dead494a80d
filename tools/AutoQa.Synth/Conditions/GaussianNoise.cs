namespace AutoQa.Synth.Conditions;

/// <summary>Standard normal samples from a seeded <see cref="Random"/> (Box-Muller), so noise is reproducible.</summary>
internal sealed class GaussianNoise(Random random)
{
    private double? _spare;

    public double Next()
    {
        if (_spare is double spare)
        {
            _spare = null;
            return spare;
        }

        var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
        var angle = 2 * Math.PI * random.NextDouble();
        _spare = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }
}
