namespace AutoQa.Batch.Discovery;

/// <summary>A recording found in the inputs.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Name">Path relative to the input folder it was found in (the file name for a file given directly), with '/' separators.</param>
public sealed record Recording(string Path, string Name)
{
    /// <summary>The default call identity: the file name without its extension.</summary>
    public string DefaultCallId => System.IO.Path.GetFileNameWithoutExtension(Path);
}
