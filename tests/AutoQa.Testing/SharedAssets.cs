using Xunit;

namespace AutoQa.Testing;

/// <summary>
/// Locates the workplace's shared assets (real speech, test models, data sets), which are never committed:
/// <c>AUTOQA_SHARED</c> when set, otherwise a <c>shared</c> folder beside the repository.
/// A test that needs an absent asset is skipped with a reason naming what is missing.
/// </summary>
public static class SharedAssets
{
    private static readonly Lazy<string?> RootFolder = new(FindRoot);

    /// <summary>The shared folder, or null when it cannot be found.</summary>
    public static string? Root => RootFolder.Value;

    /// <summary>The full path of a shared asset; skips the calling test when it is absent.</summary>
    /// <param name="relativePath">Path inside the shared folder, for example "audio/jfk.wav".</param>
    public static string Require(string relativePath)
    {
        if (Root is null)
        {
            Assert.Skip("the shared assets folder was not found: set AUTOQA_SHARED or place 'shared' beside the repository");
        }

        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"shared asset '{relativePath}' is absent from {Root}");
        }

        return path;
    }

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("AUTOQA_SHARED");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "SOURCES.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
