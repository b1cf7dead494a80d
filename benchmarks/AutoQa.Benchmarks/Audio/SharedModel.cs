namespace AutoQa.Benchmarks.Audio;

/// <summary>Finds a shared asset for a benchmark: AUTOQA_SHARED, else a 'shared' folder above the benchmark.</summary>
internal static class SharedModel
{
    public static string Path(string relativePath)
    {
        var configured = Environment.GetEnvironmentVariable("AUTOQA_SHARED");
        var roots = string.IsNullOrWhiteSpace(configured) ? Ancestors().Select(folder => System.IO.Path.Combine(folder, "shared")) : [configured];
        var tried = roots.Select(root => System.IO.Path.Combine(root, relativePath)).ToArray();
        return tried.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"'{relativePath}' not found; tried: {string.Join(", ", tried)}. Set AUTOQA_SHARED.");
    }

    private static IEnumerable<string> Ancestors()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            yield return folder.FullName;
        }
    }
}
