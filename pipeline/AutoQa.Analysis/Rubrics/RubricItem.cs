using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Rubrics;

/// <summary>One question of the rubric, bound to a detector.</summary>
public sealed record RubricItem
{
    /// <summary>Identity, unique in the rubric (the default rubric uses <see cref="AutoQa.Rubric.DefaultRubricItems"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The question as a QA lead reads it.</summary>
    public string Title { get; init; } = "";

    /// <summary>Points a Yes earns; a No earns none; N/A leaves them out of the denominator.</summary>
    public double Points { get; init; }

    /// <summary>A No fails the whole call (its score becomes zero).</summary>
    public bool Critical { get; init; }

    /// <summary>The event kind the item looks for, or null for an item only a person can judge.</summary>
    public QaEventKind? Event { get; init; }

    /// <summary>The event's detail that must match (a red-line or defect kind), or null for any.</summary>
    public string? Detail { get; init; }

    /// <summary>Whose event counts, or null for anyone's.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>Where the event must start, or null for anywhere.</summary>
    public ItemWindow? Window { get; init; }

    /// <summary>The item is N/A when the call has no event of this kind (no frustration, no long complaint).</summary>
    public QaEventKind? NotApplicableUnless { get; init; }

    /// <summary>The answers for found and missing. The default is found = Yes, missing = No.</summary>
    public OutcomeRule Outcome { get; init; } = OutcomeRule.Expected;

    /// <summary>The answers on a resolved call, when they differ from <see cref="Outcome"/>.</summary>
    public OutcomeRule? WhenResolved { get; init; }

    /// <summary>The answers on an unresolved call, when they differ from <see cref="Outcome"/>.</summary>
    public OutcomeRule? WhenUnresolved { get; init; }

    /// <summary>Event kinds shown as hints on an item left to a person.</summary>
    public IReadOnlyList<QaEventKind> Hints { get; init; } = [];

    /// <summary>The line of the rubric file that defines the item (0 when built in code).</summary>
    public int Line { get; init; }
}
