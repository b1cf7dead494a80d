namespace AutoQa.Batch.Output;

/// <summary>Where a call's audio came from.</summary>
/// <param name="File">The recording, relative to its input folder.</param>
/// <param name="Path">The recording's full path when processed.</param>
/// <param name="Sha256">SHA-256 of the recording's bytes.</param>
public sealed record CallSource(string File, string Path, string Sha256);
