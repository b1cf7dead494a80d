using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoQa.Sentiment.Model;

/// <summary>Reads and writes model cards and rule files: camelCase JSON, comments and trailing commas allowed.</summary>
public static class ModelCardJson
{
    /// <summary>The serializer settings for cards and rule files.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Reads a <typeparamref name="T"/> from <paramref name="path"/>.</summary>
    /// <exception cref="SentimentModelException">The file is missing, unreadable or not a valid <typeparamref name="T"/>.</exception>
    public static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new SentimentModelException(path, "file not found");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new SentimentModelException(path, "the file holds JSON null");
        }
        catch (JsonException e)
        {
            throw new SentimentModelException(path, $"invalid {typeof(T).Name}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new SentimentModelException(path, $"cannot read: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="value"/> to <paramref name="path"/>, ending with a newline.</summary>
    public static void Write<T>(T value, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(value, Options) + "\n");
}
