namespace AutoQa.Analysis.Evaluation;

/// <summary>One measured rate of a row: <paramref name="Successes"/> of <paramref name="Trials"/>.</summary>
/// <param name="Row">The event key or rubric item id.</param>
/// <param name="Measure">"precision", "recall" or "accuracy".</param>
/// <param name="Successes">Found and true, or agreeing.</param>
/// <param name="Trials">Found, true, or compared.</param>
public sealed record Figure(string Row, string Measure, int Successes, int Trials)
{
    /// <summary>The measured rate.</summary>
    public double Value => (double)Successes / Trials;

    /// <summary>Where the rate lies with 95 % confidence.</summary>
    public Interval Interval => Interval.Of(Successes, Trials);
}
