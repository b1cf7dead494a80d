using AutoQa.Batch.Resume;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Output;

/// <summary>
/// Everything that changes a call's result: the engine and model, the hashes of every model and rubric file, and the
/// settings. Its <see cref="ComputeHash"/> keys the resume ledger, so changing any of them redoes the night.
/// </summary>
/// <param name="Engine">Engine and model name.</param>
/// <param name="FileHashes">SHA-256 of each model and configuration file by role ("whisper-model", "vad-model", "rubric", ...).</param>
/// <param name="Settings">Options that change results (language, thresholds), as text.</param>
/// <param name="Versions">Component versions (AutoQa, whisper.cpp, ONNX Runtime); written to the manifest, not hashed.</param>
public sealed record RunConfiguration(
    TranscriptEngine Engine,
    IReadOnlyDictionary<string, string> FileHashes,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Versions)
{
    /// <summary>SHA-256 over the engine name, model, file hashes and settings, in a stable order (not the engine note or versions).</summary>
    public string ComputeHash() => ContentHash.OfText(string.Join(
        '\n',
        new[] { $"engine={Engine.Name}", $"model={Engine.Model}" }.Concat(Lines("file", FileHashes)).Concat(Lines("setting", Settings))));

    private static IEnumerable<string> Lines(string prefix, IReadOnlyDictionary<string, string> values) =>
        values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{prefix}:{pair.Key}={pair.Value}");
}
