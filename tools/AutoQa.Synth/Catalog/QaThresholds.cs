namespace AutoQa.Synth.Catalog;

/// <summary>
/// The thresholds of docs/qa-semantics.md that the ground truth applies (Data/settings.yaml, section <c>semantics</c>).
/// They must match the detectors' defaults so precision and recall measure the detectors, not a disagreement.
/// </summary>
public sealed class QaThresholds
{
    /// <summary>A backchannel is shorter than this, in seconds. The default is 1.0.</summary>
    public double BackchannelMaxSeconds { get; set; } = 1.0;

    /// <summary>An interruption starts while the other party has at least this long to run, in seconds. The default is 1.0.</summary>
    public double InterruptionMinRemainingSeconds { get; set; } = 1.0;

    /// <summary>An interruption overlaps the other party for at least this long, in seconds. The default is 0.5.</summary>
    public double InterruptionMinOverlapSeconds { get; set; } = 0.5;

    /// <summary>Shortest customer stretch that is a long complaint, in seconds. The default is 20.</summary>
    public double LongComplaintMinSeconds { get; set; } = 20;

    /// <summary>Customer pauses shorter than this keep a stretch going, in seconds. The default is 2.</summary>
    public double StretchMaxPauseSeconds { get; set; } = 2;

    /// <summary>Shortest silence that is dead air, in seconds. The default is 10.</summary>
    public double DeadAirMinSeconds { get; set; } = 10;

    /// <summary>A greeting counts when it starts within this long of the agent's first words, in seconds. The default is 10.</summary>
    public double GreetingWindowSeconds { get; set; } = 10;

    /// <summary>The closing window is at least this share of the call at its end. The default is 0.25.</summary>
    public double ClosingWindowFraction { get; set; } = 0.25;

    /// <summary>The closing window is at least this long at the call's end, in seconds. The default is 60.</summary>
    public double ClosingWindowMinSeconds { get; set; } = 60;

    /// <summary>Empathy counts when it starts within this long after the end of the first frustrated utterance, in seconds. The default is 30.</summary>
    public double EmpathyWindowSeconds { get; set; } = 30;
}
