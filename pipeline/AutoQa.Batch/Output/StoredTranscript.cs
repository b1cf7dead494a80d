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
    /// <exception cref="InvalidDataException">The file is not JSON, has another schema, lacks the transcript's call id or channels, or holds a null segment or word or a word without text; the message names the file and where.</exception>
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

    // Another engine's transcript may leave out what it does not have (a channel's segments, a segment's words or
    // text): that is read as none. What it holds must be whole: a null segment or word, or a word without text, is
    // an error naming where it is.
    private static CallTranscript ReadTranscript(JsonNode? node, string file)
    {
        var transcript = Read<CallTranscript>(node, file);
        if (Gap(transcript) is { } gap)
        {
            throw new InvalidDataException($"{file}: the transcript {gap}.");
        }

        return transcript with
        {
            Channels = [.. transcript.Channels.Select(channel => channel with
            {
                Segments = [.. (channel.Segments ?? []).Select(segment => segment with
                {
                    Words = segment.Words ?? [],
                    Text = segment.Text ?? string.Join(' ', (segment.Words ?? []).Select(w => w.Text)),
                })],
            })],
        };
    }

    private static string? Gap(CallTranscript transcript) =>
        transcript.CallId is null ? "has no callId"
        : transcript.Channels is null ? "has no channels"
        : transcript.Channels
            .Select((channel, c) => channel is null ? $"has nothing at channels[{c}]"
                : (channel.Segments ?? []).Select((segment, s) => SegmentGap(segment, $"channels[{c}].segments[{s}]")).FirstOrDefault(g => g is not null))
            .FirstOrDefault(g => g is not null);

    private static string? SegmentGap(TranscriptSegment? segment, string at) =>
        segment is null ? $"has nothing at {at}"
        : (segment.Words ?? []).Select((word, w) => word is null ? $"has nothing at {at}.words[{w}]" : word.Text is null ? $"has a word without text at {at}.words[{w}]" : null)
            .FirstOrDefault(g => g is not null);

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
