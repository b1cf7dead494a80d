namespace AutoQa.Models;

/// <summary>The result of checking one model file against the manifest.</summary>
/// <param name="Entry">The manifest entry.</param>
/// <param name="Path">Where the file is (or would be).</param>
/// <param name="Status">What the check found.</param>
/// <param name="ActualSizeBytes">The file's size, or null when it is missing.</param>
/// <param name="ActualSha256">The file's SHA-256, or null when it was not computed (missing or wrong size).</param>
public sealed record ModelVerification(ModelEntry Entry, string Path, ModelStatus Status, long? ActualSizeBytes, string? ActualSha256)
{
    /// <summary>A sentence describing the result.</summary>
    public string Describe() => Status switch
    {
        ModelStatus.Verified => $"{Entry.Name}: verified ({Path})",
        ModelStatus.Missing => $"{Entry.Name}: not downloaded ({Path}); run './autoqa models pull {Entry.Name}'",
        ModelStatus.WrongSize => $"{Entry.Name}: {Path} is {ActualSizeBytes} bytes, expected {Entry.SizeBytes}; run './autoqa models pull {Entry.Name} --force'",
        _ => $"{Entry.Name}: {Path} has sha256 {ActualSha256}, expected {Entry.Sha256}; run './autoqa models pull {Entry.Name} --force'",
    };
}
