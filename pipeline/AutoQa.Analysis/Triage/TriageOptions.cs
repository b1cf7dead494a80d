namespace AutoQa.Analysis.Triage;

/// <summary>When a call goes to a person. A rubric's <c>triage</c> block overrides the defaults.</summary>
public sealed class TriageOptions
{
    /// <summary>A normalised score under this flags the call. The default is 70.</summary>
    public double MinScore { get; init; } = 70;

    /// <summary>
    /// A score is the agent's (the low-score flag, the night's averages) only when the items a detector decided hold at
    /// least this share of the points a detector answers on the call (N/A items left out), the rest left to a person;
    /// under it the score is provisional. The default is 0.5.
    /// </summary>
    public double MinDecidedShare { get; init; } = 0.5;

    /// <summary>A suggested Yes/No/N/A answer less confident than this flags the call. The default is 0.5.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>A long complaint with no agent empathy within this many seconds after it is unhandled. The default is 30.</summary>
    public double ComplaintResponseSeconds { get; init; } = 30;

    /// <summary>A customer whose last turns average at least this negative probability ended negative. The default is 0.6.</summary>
    public double NegativeEndMin { get; init; } = 0.6;

    /// <summary>How many of the customer's last turns decide whether the call ended negative. The default is 2.</summary>
    public int NegativeEndTurns { get; init; } = 2;

    /// <summary>Share of unflagged calls drawn for a control review, in [0, 1]. The default is 0.1.</summary>
    public double ControlSampleRate { get; init; } = 0.1;

    /// <summary>Seed of the control draw; the same seed draws the same calls. The default is 0.</summary>
    public int ControlSampleSeed { get; init; }

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        if (ControlSampleRate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ControlSampleRate), ControlSampleRate, "must lie in [0, 1]");
        }

        if (MinDecidedShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinDecidedShare), MinDecidedShare, "must lie in [0, 1]");
        }

        if (MinConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinConfidence), MinConfidence, "must lie in [0, 1]");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MinScore, nameof(MinScore));
        ArgumentOutOfRangeException.ThrowIfNegative(ComplaintResponseSeconds, nameof(ComplaintResponseSeconds));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(NegativeEndTurns, nameof(NegativeEndTurns));
    }
}
