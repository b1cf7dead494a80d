namespace AutoQa.Synth.Catalog;

/// <summary>
/// What happens in a call (Data/scenarios.yaml). Each property is one thing a QA lead checks; the dialogue
/// is written from them and the truth is then measured from the placed utterances.
/// </summary>
public sealed class ScenarioDefinition
{
    /// <summary>The scenario's name, as used by <c>--scenario</c> and <see cref="Scenarios"/>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>One sentence on what the call shows.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Relative share of a generated night. The default is 1.</summary>
    public double Weight { get; set; } = 1;

    /// <summary>"on-time", "late" (after the greeting window) or "missing". The default is "on-time".</summary>
    public string Greeting { get; set; } = "on-time";

    /// <summary>Whether the customer is frustrated (starts the empathy clock). The default is true.</summary>
    public bool Frustration { get; set; } = true;

    /// <summary>"none", "heard-out" or "cut-off" (the agent interrupts the long complaint). The default is "none".</summary>
    public string Complaint { get; set; } = "none";

    /// <summary>"fast" (within the window), "late" or "absent". The default is "fast".</summary>
    public string Empathy { get; set; } = "fast";

    /// <summary>Whether the agent restates the customer's need. The default is true.</summary>
    public bool Attention { get; set; } = true;

    /// <summary>Whether the agent interrupts the customer mid-call. The default is false.</summary>
    public bool AgentInterrupts { get; set; }

    /// <summary>Whether the agent puts the customer on a hold long enough to be dead air. The default is false.</summary>
    public bool Hold { get; set; }

    /// <summary>Whether the customer confirms the issue is solved. The default is true.</summary>
    public bool Resolved { get; set; } = true;

    /// <summary>Whether the agent promises a deadline. The default is false.</summary>
    public bool Deadline { get; set; }

    /// <summary>A red-line kind the agent commits, or null. The default is null.</summary>
    public string? RedLine { get; set; }

    /// <summary>Whether the agent checks the problem is solved before ending. The default is true.</summary>
    public bool ClosingCheck { get; set; } = true;

    /// <summary>Whether the agent points to further support channels. The default is true.</summary>
    public bool FurtherSupport { get; set; } = true;

    /// <summary>Whether the agent invites a review. The default is true.</summary>
    public bool ReviewInvitation { get; set; } = true;

    /// <summary>The call's language, or null to take the night's language mix. The default is null.</summary>
    public string? Language { get; set; }

    /// <exception cref="InvalidDataException">A mode is not one of its allowed values.</exception>
    public void Validate(string source)
    {
        Check(nameof(Greeting), Greeting, "on-time", "late", "missing");
        Check(nameof(Complaint), Complaint, "none", "heard-out", "cut-off");
        Check(nameof(Empathy), Empathy, "fast", "late", "absent");
        if (RedLine is not null)
        {
            Check(nameof(RedLine), RedLine, Events.RedLineKinds.RefundWithoutReturn, Events.RedLineKinds.NotGenuine, Events.RedLineKinds.CardNumber, Events.RedLineKinds.Rudeness);
        }

        if (string.IsNullOrWhiteSpace(Name) || Weight < 0)
        {
            throw new InvalidDataException($"{source}: every scenario needs a name and a weight >= 0.");
        }

        void Check(string property, string value, params string[] allowed)
        {
            if (!allowed.Contains(value))
            {
                throw new InvalidDataException($"{source}: scenario '{Name}': {property} '{value}' is not one of {string.Join(", ", allowed)}.");
            }
        }
    }
}
