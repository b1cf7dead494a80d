namespace AutoQa.Batch.Discovery;

/// <summary>
/// Lists the recordings of a night: files given directly are taken whatever their extension (a bad one becomes a
/// failure record); folders are searched recursively for audio extensions, in name order, skipping the output folder.
/// </summary>
public static class RecordingDiscovery
{
    /// <summary>File extensions taken from folders (lower case, with the dot).</summary>
    public static IReadOnlySet<string> AudioExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".wav", ".mp3", ".opus", ".ogg", ".oga", ".m4a", ".aac", ".flac", ".gsm", ".au", ".amr", ".webm", ".wma", ".mka",
    };

    /// <summary>Enumerates the recordings lazily, so a huge night starts flowing at once.</summary>
    /// <param name="inputs">Files and folders.</param>
    /// <param name="excludedFolder">A folder never searched (the output folder when it lies inside an input).</param>
    /// <exception cref="FileNotFoundException">An input is neither a file nor a folder; the message names it.</exception>
    public static IEnumerable<Recording> Find(IEnumerable<string> inputs, string? excludedFolder = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var excluded = excludedFolder is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(excludedFolder));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            IEnumerable<Recording> found = File.Exists(full) ? [new Recording(full, Path.GetFileName(full))]
                : Directory.Exists(full) ? FindInFolder(full, excluded)
                : throw new FileNotFoundException($"{input}: no such file or folder", input);
            foreach (var recording in found.Where(r => seen.Add(r.Path)))
            {
                yield return recording;
            }
        }
    }

    /// <summary>Checks every input exists, so bad arguments are reported before any work starts.</summary>
    /// <exception cref="FileNotFoundException">An input is neither a file nor a folder; the message names it.</exception>
    public static void CheckInputsExist(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var missing = inputs.FirstOrDefault(i => !File.Exists(i) && !Directory.Exists(i));
        if (missing is not null)
        {
            throw new FileNotFoundException($"{missing}: no such file or folder", missing);
        }
    }

    private static IEnumerable<Recording> FindInFolder(string folder, string? excluded)
    {
        var files = new DirectoryInfo(folder)
            .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => AudioExtensions.Contains(f.Extension) && !f.Name.StartsWith('.'))
            .Where(f => excluded is null || !f.FullName.StartsWith(excluded + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => f.FullName)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            yield return new Recording(file, Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'));
        }
    }
}
