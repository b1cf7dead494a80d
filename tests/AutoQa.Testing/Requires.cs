using Xunit;

namespace AutoQa.Testing;

/// <summary>Skips the calling test, with a printed reason, when a system tool it needs is not installed.</summary>
public static class Requires
{
    /// <summary>Skips unless <paramref name="executable"/> is on PATH (the project's set-up installs it).</summary>
    public static string Tool(string executable)
    {
        var path = Which(executable);
        if (path is null)
        {
            Assert.Skip($"'{executable}' is not on PATH: run tools/setup.sh");
        }

        return path;
    }

    /// <summary>The full path of <paramref name="executable"/> on PATH, or null.</summary>
    public static string? Which(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, executable))
            .FirstOrDefault(File.Exists);
}
