using System.Text;
using System.Text.Json;
using AutoQa.Json;

namespace AutoQa.Batch.Resume;

/// <summary>
/// The resume ledger of an output folder (ledger.jsonl): one JSON line per finished call, appended and flushed
/// after the call's JSON was written atomically. A call is done when its line matches the source and configuration
/// hashes and its JSON file exists. A line torn by a kill is ignored, so that call is simply done again.
/// Thread-safe.
/// </summary>
public sealed class RunLedger
{
    /// <summary>The ledger's file name inside the output folder.</summary>
    public const string FileName = "ledger.jsonl";

    private static readonly JsonSerializerOptions LineOptions = new(AutoQaJson.Options) { WriteIndented = false };
    private readonly Lock gate = new();
    private readonly string outputFolder;
    private readonly string path;
    private readonly Dictionary<string, LedgerEntry> latestByCall = new(StringComparer.Ordinal);

    private RunLedger(string outputFolder)
    {
        this.outputFolder = outputFolder;
        path = Path.Combine(outputFolder, FileName);
    }

    /// <summary>The latest entry of each call, in the order calls were first finished.</summary>
    public IReadOnlyList<LedgerEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. latestByCall.Values];
            }
        }
    }

    /// <summary>Opens (or starts) the ledger of <paramref name="outputFolder"/>, reading every intact line.</summary>
    public static async Task<RunLedger> OpenAsync(string outputFolder, CancellationToken cancellationToken = default)
    {
        var ledger = new RunLedger(Path.GetFullPath(outputFolder));
        Directory.CreateDirectory(ledger.outputFolder);
        if (!File.Exists(ledger.path))
        {
            return ledger;
        }

        foreach (var line in await File.ReadAllLinesAsync(ledger.path, cancellationToken))
        {
            if (TryParse(line) is { } entry)
            {
                ledger.latestByCall.Remove(entry.CallId);
                ledger.latestByCall[entry.CallId] = entry;
            }
        }

        return ledger;
    }

    /// <summary>True when the call with this source was finished under this configuration and its JSON is still there.</summary>
    public bool IsDone(string callId, string sourceHash, string configHash)
    {
        lock (gate)
        {
            return latestByCall.TryGetValue(callId, out var entry)
                && entry.SourceHash == sourceHash
                && entry.ConfigHash == configHash
                && File.Exists(Path.Combine(outputFolder, entry.Output));
        }
    }

    /// <summary>Appends <paramref name="entry"/> and flushes it to disk.</summary>
    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, LineOptions) + "\n");
        await using (var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read))
        {
            // After a kill the last line may lack its newline: start on a fresh line so both stay separate.
            if (stream.Length > 0)
            {
                stream.Seek(-1, SeekOrigin.End);
                var last = stream.ReadByte();
                if (last != '\n')
                {
                    stream.WriteByte((byte)'\n');
                }
            }

            stream.Seek(0, SeekOrigin.End);
            await stream.WriteAsync(line, cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        lock (gate)
        {
            latestByCall.Remove(entry.CallId);
            latestByCall[entry.CallId] = entry;
        }
    }

    private static LedgerEntry? TryParse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LedgerEntry>(line, LineOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
