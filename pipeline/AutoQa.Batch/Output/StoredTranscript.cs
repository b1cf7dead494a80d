using System.Text.Json;
using System.Text.Json.Nodes;
using AutoQa.Calls;
using AutoQa.Json;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Output;

/// <summary>
/// A call's transcript as AutoQa stored it: a transcript file (<see cref="CallTranscript.SchemaId"/>, from
/// <c>autoqa transcribe</c>, another engine or the generator's ground truth) or a call file a night's run wrote
/// (<see cref="CallResult.SchemaId"/>), which also carries the call's metadata.
/// </summary>
/// <param name="Transcript">What was said, with times.</param>
/// <param name="Metadata">The metadata stored with the call, or null for a bare transcript.</param>
public sealed record StoredTranscript(CallTranscript Transcript, CallMetadata? Metadata)
{
    /// <summary>
    /// Where a folder keeps stored transcripts: its <c>*.transcript.json</c> files and the call files of the runs
    /// written into it (<c>calls/*.json</c>), at any depth, in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> FilesIn(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".transcript.json", StringComparison.Ordinal)
                || Path.GetFileName(Path.GetDirectoryName(f)) == CallResultWriter.CallsFolder)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Reads a transcript file or a run's call file, told apart by its schema (a file without one is read as a transcript).</summary>
    /// <exception cref="InvalidDataException">The file is not JSON, has another schema, or lacks the transcript's call id or channels; the message names the file.</exception>
    public static async Task<StoredTranscript> ReadAsync(string file, CancellationToken cancellationToken = default)
    {
        var root = await ParseAsync(file, cancellationToken);
        var schema = root["schema"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        return schema switch
        {
            CallResult.SchemaId => new StoredTranscript(ReadTranscript(root["transcript"], file), Read<CallMetadata>(root["metadata"], file)),
            CallTranscript.SchemaId or null => new StoredTranscript(ReadTranscript(root, file), null),
            _ => throw new InvalidDataException($"{file}: schema '{schema}' is neither a transcript ({CallTranscript.SchemaId}) nor a call ({CallResult.SchemaId})."),
        };
    }

    private static async Task<JsonObject> ParseAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        try
        {
            return await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject
                ?? throw new InvalidDataException($"{file}: expected a JSON object (a transcript or a call).");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file}: not valid JSON ({ex.Message})", ex);
        }
    }

    private static CallTranscript ReadTranscript(JsonNode? node, string file)
    {
        var transcript = Read<CallTranscript>(node, file);
        return transcript is { CallId: not null, Channels: not null }
            ? transcript
            : throw new InvalidDataException($"{file}: the transcript has no {(transcript.CallId is null ? "callId" : "channels")}.");
    }

    private static T Read<T>(JsonNode? node, string file)
    {
        try
        {
            return node.Deserialize<T>(AutoQaJson.Options) ?? throw new InvalidDataException($"{file}: no {typeof(T).Name}.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file}: not a valid {typeof(T).Name} ({ex.Message})", ex);
        }
    }
}
