using AutoQa.Rubric;

namespace AutoQa.Analysis.Rubrics;

/// <summary>The answer an item gives when its event is found, and when it is not.</summary>
/// <param name="IfFound">The answer when the event is found. Usually Yes (No for a negated item).</param>
/// <param name="IfMissing">The answer when it is not. Usually No (Yes for a negated item).</param>
public sealed record OutcomeRule(RubricAnswer IfFound, RubricAnswer IfMissing)
{
    /// <summary>Found is Yes, missing is No.</summary>
    public static OutcomeRule Expected { get; } = new(RubricAnswer.Yes, RubricAnswer.No);

    /// <summary>Found is No, missing is Yes.</summary>
    public static OutcomeRule Forbidden { get; } = new(RubricAnswer.No, RubricAnswer.Yes);
}
