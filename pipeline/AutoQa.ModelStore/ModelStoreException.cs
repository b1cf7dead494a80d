namespace AutoQa.Models;

/// <summary>
/// A model the store cannot provide: unknown name, not downloaded, a failed download, or a file whose size or
/// SHA-256 differs from the manifest. The message names the model, the file and the cause.
/// </summary>
public sealed class ModelStoreException : Exception
{
    public ModelStoreException()
    {
    }

    public ModelStoreException(string message)
        : base(message)
    {
    }

    public ModelStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the model and file involved.</summary>
    public ModelStoreException(string message, string? modelName, string? path, Exception? innerException = null)
        : base(message, innerException)
    {
        ModelName = modelName;
        FilePath = path;
    }

    /// <summary>The model name involved, or null.</summary>
    public string? ModelName { get; }

    /// <summary>The file involved, or null.</summary>
    public string? FilePath { get; }
}
