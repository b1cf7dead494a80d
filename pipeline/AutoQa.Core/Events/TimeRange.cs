namespace AutoQa.Events;

/// <summary>A span of a call in seconds from its start.</summary>
public readonly record struct TimeRange(double Start, double End)
{
    /// <summary>Length in seconds, never negative.</summary>
    public double Duration => Math.Max(0, End - Start);

    /// <summary>True when the two ranges share any time.</summary>
    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;

    /// <summary>Seconds the two ranges share.</summary>
    public double OverlapWith(TimeRange other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}
