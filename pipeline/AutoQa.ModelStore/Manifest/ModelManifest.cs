using AutoQa.Json;

namespace AutoQa.Models;

/// <summary>The list of models AutoQa knows how to download and verify (models/manifest.json).</summary>
/// <param name="Version">The manifest format version (1).</param>
/// <param name="Models">The models, names unique.</param>
public sealed record ModelManifest(int Version, IReadOnlyList<ModelEntry> Models)
{
    /// <summary>The manifest shipped beside the program.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "manifest.json");

    /// <summary>The entry named <paramref name="name"/> (case-insensitive), or null.</summary>
    public ModelEntry? Find(string name) =>
        Models.FirstOrDefault(model => string.Equals(model.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads and checks a manifest file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid manifest; the message names the file and the entry.</exception>
    public static async Task<ModelManifest> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the model manifest does not exist.");
        }

        var manifest = await AutoQaJson.ReadFileAsync<ModelManifest>(path, cancellationToken);
        manifest.Check(path);
        return manifest;
    }

    private void Check(string path)
    {
        if (Version != 1 || Models is null)
        {
            throw new InvalidDataException($"{path}: expected a version 1 manifest with a 'models' list.");
        }

        foreach (var model in Models)
        {
            var problem = model switch
            {
                { Name: null or "" } => "a model has no name",
                { File: null or "" } => "no file",
                _ when model.File != Path.GetFileName(model.File) => "the file must be a bare file name",
                { SizeBytes: <= 0 } => "no size",
                _ when model.Sha256 is null || model.Sha256.Length != 64 || !model.Sha256.All(char.IsAsciiHexDigitLower) => "the sha256 must be 64 lower-case hex digits",
                { Url: null } => "no url",
                _ when Models.Count(other => string.Equals(other.Name, model.Name, StringComparison.OrdinalIgnoreCase)) > 1 => "the name is listed twice",
                _ => null,
            };
            if (problem is not null)
            {
                throw new InvalidDataException($"{path}: model '{model.Name}': {problem}.");
            }
        }
    }
}
