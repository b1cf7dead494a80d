namespace AutoQa.Models;

/// <summary>The outcome of <see cref="ModelStore.PullAsync"/>.</summary>
/// <param name="Entry">The model.</param>
/// <param name="Path">The verified file.</param>
/// <param name="Downloaded">False when a verified copy was already there and nothing was downloaded.</param>
public sealed record PullResult(ModelEntry Entry, string Path, bool Downloaded);
