namespace AutoQa.Analysis.Rubrics;

/// <summary>A rubric file is invalid; <see cref="Problems"/> lists every problem with its line.</summary>
public sealed class RubricException : Exception
{
    public RubricException(string path, IReadOnlyList<RubricProblem> problems)
        : base($"{path}: {problems.Count} problem(s) in the rubric:{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(p => $"  {path}:{p.Line}:{p.Column}: {p.Message}")))
    {
        Path = path;
        Problems = problems;
    }

    public RubricException()
    {
        Path = "";
        Problems = [];
    }

    public RubricException(string message)
        : base(message)
    {
        Path = "";
        Problems = [];
    }

    public RubricException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "";
        Problems = [];
    }

    /// <summary>The rubric file.</summary>
    public string Path { get; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<RubricProblem> Problems { get; }
}
