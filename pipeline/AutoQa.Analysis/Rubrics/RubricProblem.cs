namespace AutoQa.Analysis.Rubrics;

/// <summary>One thing wrong in a rubric file.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record RubricProblem(int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
