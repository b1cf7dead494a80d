namespace AutoQa.Models;

/// <summary>The state of a model file in the model folder.</summary>
public enum ModelStatus
{
    /// <summary>Present, with the manifest's size and SHA-256.</summary>
    Verified,

    /// <summary>Not downloaded.</summary>
    Missing,

    /// <summary>Present with another size (an interrupted copy, another version).</summary>
    WrongSize,

    /// <summary>Present with the right size but another SHA-256 (corrupted or replaced).</summary>
    WrongHash,
}
