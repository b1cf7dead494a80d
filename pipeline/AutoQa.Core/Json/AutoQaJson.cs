using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoQa.Json;

/// <summary>The JSON conventions of every file AutoQa writes: camelCase names, kebab-case enum strings, indented.</summary>
public static class AutoQaJson
{
    /// <summary>Options for reading and writing AutoQa's JSON files.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises <paramref name="value"/> with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a <typeparamref name="T"/> from a file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON for <typeparamref name="T"/>; the message names the file.</exception>
    public static async Task<T> ReadFileAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, Options, cancellationToken)
                ?? throw new InvalidDataException($"{path}: the file holds JSON null, expected a {typeof(T).Name}.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a valid {typeof(T).Name} ({ex.Message})", ex);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
