namespace AutoQa.Calls;

/// <summary>
/// Language codes as call metadata gives them: an ISO 639 code ("de") or a tag with a region ("de-DE", "pt_BR",
/// "EN-us"), as contact-centre exports write them. Recognisers and phrase packs know languages, not regions.
/// </summary>
public static class LanguageTags
{
    /// <summary>The lower-case first part of <paramref name="tag"/>: "de" for "de-DE"; null when it is null or blank.</summary>
    public static string? Primary(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().Split('-', '_')[0].ToLowerInvariant();

    /// <summary>The language of <paramref name="tag"/>, as <see cref="Primary"/> reads it, checked.</summary>
    /// <exception cref="FormatException">The tag does not start with a language code of 2 or 3 letters.</exception>
    public static string? Language(string? tag)
    {
        var language = Primary(tag);
        return language is null || (language.Length is >= 2 and <= 3 && language.All(char.IsAsciiLetter))
            ? language
            : throw new FormatException($"'{tag}' is not a language (an ISO 639 code such as de, or a tag such as de-DE)");
    }
}
