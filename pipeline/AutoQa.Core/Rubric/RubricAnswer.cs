namespace AutoQa.Rubric;

/// <summary>An answer to one rubric item.</summary>
public enum RubricAnswer
{
    /// <summary>The call meets the item.</summary>
    Yes,

    /// <summary>The call fails the item.</summary>
    No,

    /// <summary>The item does not apply to this call; it leaves the denominator.</summary>
    NotApplicable,

    /// <summary>Only a person can judge it; AutoQa gives hints.</summary>
    NeedsHuman,
}
