using System.Globalization;
using System.Text;

namespace AutoQa.Calls;

/// <summary>
/// Reads and writes a night's <c>metadata.csv</c>: a header line
/// <c>call_id,file,agent_id,team,language,agent_channel,start_time</c>, then one call per line (semicolons or tabs
/// also separate, when the header uses them).
/// Fields follow RFC 4180 (quoted when they hold commas, quotes or line breaks; quotes doubled);
/// <c>start_time</c> is ISO 8601 with an offset; <c>language</c> an ISO 639 code or a tag with a region ("de-DE"), of
/// which the language is kept; empty fields are null (and agent channel 0).
/// Columns may come in any order; only <c>call_id</c> is required, unknown columns are ignored.
/// </summary>
public static class CallMetadataCsv
{
    /// <summary>The columns written, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["call_id", "file", "agent_id", "team", "language", "agent_channel", "start_time"];

    /// <summary>Writes <paramref name="calls"/> as CSV text, header first.</summary>
    public static string Format(IEnumerable<CallMetadata> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns)).Append('\n');
        foreach (var call in calls)
        {
            string?[] fields =
            [
                call.CallId, call.File, call.AgentId, call.Team, call.Language,
                call.AgentChannel.ToString(CultureInfo.InvariantCulture),
                call.StartTime?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ];
            text.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a metadata CSV file.</summary>
    /// <exception cref="InvalidDataException">The file is malformed; the message names the file, the line and the cause.</exception>
    public static async Task<IReadOnlyList<CallMetadata>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(text, path);
    }

    /// <summary>Parses CSV text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The text is malformed; the message names the source, the line and the cause.</exception>
    public static IReadOnlyList<CallMetadata> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = CsvRecords.Split(text, source);
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{source}: the file is empty; expected a header line starting with 'call_id'.");
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name);
        if (Column("call_id") < 0)
        {
            throw new InvalidDataException($"{source}:1: the header has no 'call_id' column (found: {string.Join(", ", header)}).");
        }

        var calls = new List<CallMetadata>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            string? Field(string name)
            {
                var index = Column(name);
                var value = index >= 0 && index < record.Fields.Count ? record.Fields[index].Trim() : string.Empty;
                return value.Length == 0 ? null : value;
            }

            if (record.Fields.Count != header.Count)
            {
                throw new InvalidDataException($"{source}:{record.Line}: {record.Fields.Count} fields, the header has {header.Count}.");
            }

            var callId = Field("call_id")
                ?? throw new InvalidDataException($"{source}:{record.Line}: the call_id field is empty.");
            calls.Add(new CallMetadata(
                callId,
                Field("file"),
                Field("agent_id"),
                Field("team"),
                ParseLanguage(Field("language"), source, record.Line),
                ParseChannel(Field("agent_channel"), source, record.Line),
                ParseTime(Field("start_time"), source, record.Line)));
        }

        return calls;
    }

    private static string? ParseLanguage(string? value, string source, int line)
    {
        try
        {
            return LanguageTags.Language(value);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"{source}:{line}: language {ex.Message}.", ex);
        }
    }

    private static int ParseChannel(string? value, string source, int line) =>
        value is null ? 0
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var channel) ? channel
        : throw new InvalidDataException($"{source}:{line}: agent_channel '{value}' is not a channel number (0, 1, ...).");

    private static DateTimeOffset? ParseTime(string? value, string source, int line) =>
        value is null ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
        : throw new InvalidDataException($"{source}:{line}: start_time '{value}' is not an ISO 8601 date and time.");

    private static string Quote(string? field) =>
        field is null ? string.Empty
        : field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : field;
}
