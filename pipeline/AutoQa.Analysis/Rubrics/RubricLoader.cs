namespace AutoQa.Analysis.Rubrics;

/// <summary>Reads and checks rubric files (YAML; the shipped default is Data/rubrics/default.yaml).</summary>
public static class RubricLoader
{
    /// <summary>The rubric that ships beside the program.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "rubrics", "default.yaml");

    /// <summary>Reads a rubric file.</summary>
    /// <exception cref="RubricException">The file is invalid; the exception lists every problem with its line.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static RubricDefinition Load(string path)
    {
        var (rubric, problems) = Parse(path);
        return rubric ?? throw new RubricException(path, problems);
    }

    /// <summary>Reads the shipped default rubric.</summary>
    /// <exception cref="RubricException">The shipped file was edited into an invalid state.</exception>
    public static RubricDefinition LoadDefault() => Load(DefaultPath);

    /// <summary>Every problem of a rubric file, with its line; empty when the rubric is valid.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyList<RubricProblem> Check(string path) => Parse(path).Problems;

    /// <summary>Reads rubric YAML from text (problems name lines of that text).</summary>
    public static (RubricDefinition? Rubric, IReadOnlyList<RubricProblem> Problems) ParseText(string yaml)
    {
        var parser = new RubricParser();
        var rubric = parser.Parse(yaml);
        return (rubric, parser.Problems);
    }

    private static (RubricDefinition? Rubric, IReadOnlyList<RubricProblem> Problems) Parse(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: rubric file not found.", path);
        }

        return ParseText(File.ReadAllText(path));
    }
}
