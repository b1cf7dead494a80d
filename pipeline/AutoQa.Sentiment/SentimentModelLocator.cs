using AutoQa.Storage;

namespace AutoQa.Sentiment;

/// <summary>
/// Finds the sentiment model card: an explicit path, else <c>AUTOQA_SENTIMENT_MODEL</c>, else the default
/// model shipped next to the application (<c>models/sentiment/model.json</c>, copied there at build), else
/// the repository's <c>models/sentiment</c> above the application folder.
/// </summary>
public static class SentimentModelLocator
{
    /// <summary>The environment variable that overrides the default model card.</summary>
    public const string EnvironmentVariable = "AUTOQA_SENTIMENT_MODEL";

    /// <summary>The default card's path relative to the application or repository root.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("models", "sentiment", "model.json");

    /// <summary>The model card to use.</summary>
    /// <param name="explicitPath">A card path the user gave, used as is when not null.</param>
    /// <exception cref="SentimentModelException">No card exists at any place tried; the message lists them.</exception>
    public static string Find(string? explicitPath = null) =>
        ModelFileSearch.FirstExisting(explicitPath, EnvironmentVariable, DefaultPlaces(), out var tried)
            ?? throw new SentimentModelException(tried[0],
                $"no sentiment model card found; tried: {string.Join(", ", tried)} (set {EnvironmentVariable} or pass a path)");

    private static IEnumerable<string> DefaultPlaces()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            yield return Path.Combine(folder.FullName, DefaultRelativePath);
        }
    }
}
