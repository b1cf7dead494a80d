namespace AutoQa.Analysis.Evaluation;

/// <summary>
/// Where a rate measured as k of n lies with 95 % confidence (Wilson's score interval): 6 of 6 deadlines found says
/// only that recall is 0.61 or over, 300 of 300 that it is 0.987 or over.
/// </summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The upper end.</param>
public readonly record struct Interval(double Low, double High)
{
    // The normal quantile of 97.5 %: two-sided 95 %.
    private const double Z = 1.959964;

    /// <summary>The interval of <paramref name="successes"/> of <paramref name="trials"/>; [0, 1] when there were none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The counts are negative, or successes exceed trials.</exception>
    public static Interval Of(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return new Interval(0, 1);
        }

        var share = (double)successes / trials;
        var z2 = Z * Z;
        var centre = (share + (z2 / (2 * trials))) / (1 + (z2 / trials));
        var half = Z * Math.Sqrt((share * (1 - share) / trials) + (z2 / (4.0 * trials * trials))) / (1 + (z2 / trials));
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
