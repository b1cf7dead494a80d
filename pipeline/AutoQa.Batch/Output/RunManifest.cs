using AutoQa.Transcripts;

namespace AutoQa.Batch.Output;

/// <summary>run-manifest.json: what produced the folder's results. Written when a run starts and again when it ends.</summary>
/// <param name="RunId">This run's identity (UTC start time).</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When it ended, or null while it runs (or after a kill).</param>
/// <param name="Engine">The speech engine and why it was chosen.</param>
/// <param name="ConfigHash">The configuration hash keying the resume ledger.</param>
/// <param name="FileHashes">SHA-256 of each model and rubric file.</param>
/// <param name="Settings">Options that change results.</param>
/// <param name="Versions">AutoQa, whisper.cpp and ONNX Runtime versions.</param>
/// <param name="Workers">Workers per stage.</param>
/// <param name="Inputs">The inputs as given.</param>
/// <param name="Outcome">How the run ended, or null while it runs.</param>
public sealed record RunManifest(
    string RunId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    TranscriptEngine Engine,
    string ConfigHash,
    IReadOnlyDictionary<string, string> FileHashes,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Versions,
    IReadOnlyDictionary<string, int> Workers,
    IReadOnlyList<string> Inputs,
    BatchOutcome? Outcome)
{
    /// <summary>The schema identifier.</summary>
    public const string SchemaId = "autoqa.run-manifest/1";

    /// <summary>The file name inside the output folder.</summary>
    public const string FileName = "run-manifest.json";

    /// <summary>The schema this manifest follows.</summary>
    public string Schema { get; init; } = SchemaId;
}
