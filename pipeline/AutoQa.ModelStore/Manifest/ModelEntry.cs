namespace AutoQa.Models;

/// <summary>One downloadable model of the manifest.</summary>
/// <param name="Name">The name users type ("base.en", "silero-vad").</param>
/// <param name="Kind">What the model is for.</param>
/// <param name="File">The file name inside the model folder.</param>
/// <param name="SizeBytes">The exact size of the published file.</param>
/// <param name="Sha256">The published file's SHA-256, lower-case hex.</param>
/// <param name="Url">Where the file is downloaded from (pinned to a revision where the host allows it).</param>
/// <param name="Licence">The licence of the weights.</param>
/// <param name="Description">One line for <c>autoqa models list</c>, or null.</param>
public sealed record ModelEntry(
    string Name,
    ModelKind Kind,
    string File,
    long SizeBytes,
    string Sha256,
    Uri Url,
    string Licence,
    string? Description = null);
