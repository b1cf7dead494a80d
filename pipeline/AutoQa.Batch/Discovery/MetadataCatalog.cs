using AutoQa.Calls;
using AutoQa.Json;

namespace AutoQa.Batch.Discovery;

/// <summary>
/// The night's call metadata, looked up per recording by file (relative path, then file name), then by call id
/// (the file name without extension). A recording with no entry gets defaults: its file name as call id, no agent
/// or team, language auto-detected, agent on channel 0.
/// </summary>
public sealed class MetadataCatalog
{
    /// <summary>The file names looked for in input folders when no metadata file is given.</summary>
    public static IReadOnlyList<string> DefaultFileNames { get; } = ["metadata.csv", "metadata.json"];

    private readonly Dictionary<string, CallMetadata> byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CallMetadata> byCallId = new(StringComparer.Ordinal);

    private MetadataCatalog(IEnumerable<CallMetadata> calls)
    {
        foreach (var call in calls)
        {
            byCallId.TryAdd(call.CallId, call);
            if (call.File is not null)
            {
                byFile.TryAdd(call.File.Replace('\\', '/'), call);
                byFile.TryAdd(Path.GetFileName(call.File), call);
            }
        }
    }

    /// <summary>Calls the catalog knows.</summary>
    public int Count => byCallId.Count;

    /// <summary>An empty catalog: every recording gets defaults.</summary>
    public static MetadataCatalog Empty { get; } = new([]);

    /// <summary>
    /// Loads <paramref name="metadataPath"/> (csv, or json holding an array of call metadata) or, when it is null,
    /// the first <see cref="DefaultFileNames"/> file found in an input folder; empty when there is none.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is malformed; the message names the file and the cause.</exception>
    /// <exception cref="FileNotFoundException">The given file does not exist.</exception>
    public static async Task<MetadataCatalog> LoadAsync(string? metadataPath, IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var path = metadataPath ?? inputs.Where(Directory.Exists)
            .SelectMany(folder => DefaultFileNames.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            return Empty;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: metadata file not found", path);
        }

        var calls = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? WithLanguages(await AutoQaJson.ReadFileAsync<List<CallMetadata>>(path, cancellationToken), path)
            : await CallMetadataCsv.ReadFileAsync(path, cancellationToken);
        return new MetadataCatalog(calls);
    }

    // The json's language tags read as the csv's are: "de-DE" is German.
    private static IEnumerable<CallMetadata> WithLanguages(List<CallMetadata> calls, string path)
    {
        foreach (var call in calls)
        {
            string? language;
            try
            {
                language = LanguageTags.Language(call.Language);
            }
            catch (FormatException ex)
            {
                throw new InvalidDataException($"{path}: call {call.CallId}: language {ex.Message}.", ex);
            }

            yield return call with { Language = language };
        }
    }

    /// <summary>The metadata of the call <paramref name="callId"/>, or null when the catalog does not know it.</summary>
    public CallMetadata? ForCallId(string callId) => byCallId.GetValueOrDefault(callId);

    /// <summary>The metadata of <paramref name="recording"/>, with its file filled in; defaults when unknown.</summary>
    public CallMetadata For(Recording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var found = byFile.GetValueOrDefault(recording.Name)
            ?? byFile.GetValueOrDefault(Path.GetFileName(recording.Path))
            ?? byCallId.GetValueOrDefault(recording.DefaultCallId);
        return found is null
            ? new CallMetadata(recording.DefaultCallId, recording.Name)
            : found with { File = found.File ?? recording.Name };
    }
}
