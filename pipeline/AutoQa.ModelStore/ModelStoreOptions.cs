namespace AutoQa.Models;

/// <summary>Where models live and which manifest lists them.</summary>
public sealed class ModelStoreOptions
{
    /// <summary>Environment variable naming the model folder.</summary>
    public const string FolderVariable = "AUTOQA_MODELS";

    /// <summary>
    /// The folder holding downloaded models. The default is <c>AUTOQA_MODELS</c> when set, otherwise a per-user cache
    /// folder: <c>$XDG_CACHE_HOME/autoqa/models</c> or <c>~/.cache/autoqa/models</c>.
    /// </summary>
    public string Folder { get; init; } = DefaultFolder();

    /// <summary>The manifest file. The default is <see cref="ModelManifest.DefaultPath"/> (models/manifest.json beside the program).</summary>
    public string ManifestPath { get; init; } = ModelManifest.DefaultPath;

    /// <summary>The folder <see cref="Folder"/> defaults to.</summary>
    public static string DefaultFolder()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "autoqa", "models");
    }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Folder))
        {
            throw new ArgumentException("A model folder is required.", nameof(Folder));
        }

        if (string.IsNullOrWhiteSpace(ManifestPath))
        {
            throw new ArgumentException("A manifest path is required.", nameof(ManifestPath));
        }
    }
}
