namespace AutoQa.Storage;

/// <summary>
/// Where a model file is looked for, in order: the path the user gave (and only that one, when given), else the
/// path in an environment variable, then the default places.
/// </summary>
public static class ModelFileSearch
{
    /// <summary>The first existing file among the places tried, or null.</summary>
    /// <param name="explicitPath">A path the user gave; when not null no other place is tried.</param>
    /// <param name="environmentVariable">The variable that may name the file.</param>
    /// <param name="defaults">The default places, tried last.</param>
    /// <param name="tried">Every place tried, as full paths, for the error message.</param>
    public static string? FirstExisting(string? explicitPath, string environmentVariable, IEnumerable<string> defaults, out IReadOnlyList<string> tried)
    {
        var places = Places(explicitPath, environmentVariable, defaults).Select(Path.GetFullPath).ToList();
        tried = places;
        return places.FirstOrDefault(File.Exists);
    }

    private static IEnumerable<string> Places(string? explicitPath, string environmentVariable, IEnumerable<string> defaults)
    {
        if (explicitPath is not null)
        {
            return [explicitPath];
        }

        return Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } configured
            ? defaults.Prepend(configured)
            : defaults;
    }
}
