using System.Text;
using System.Text.Json;
using AutoQa.Json;

namespace AutoQa.Batch.Output;

/// <summary>
/// failures.jsonl: this run's failed calls, one JSON line each, flushed as they happen. Started afresh by every run,
/// because a rerun retries every call that failed before. Thread-safe.
/// </summary>
public sealed class FailureLog
{
    /// <summary>The file name inside the output folder.</summary>
    public const string FileName = "failures.jsonl";

    private static readonly JsonSerializerOptions LineOptions = new(AutoQaJson.Options) { WriteIndented = false };
    private readonly Lock gate = new();
    private readonly List<FailureRecord> records = [];
    private readonly string path;

    /// <summary>Starts an empty log in <paramref name="outputFolder"/>, replacing the previous run's.</summary>
    public FailureLog(string outputFolder)
    {
        path = Path.Combine(outputFolder, FileName);
        Directory.CreateDirectory(outputFolder);
        File.WriteAllText(path, string.Empty);
    }

    /// <summary>The failures recorded so far.</summary>
    public IReadOnlyList<FailureRecord> Records
    {
        get
        {
            lock (gate)
            {
                return [.. records];
            }
        }
    }

    /// <summary>Records a failure and appends it to the file.</summary>
    public void Add(FailureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, LineOptions) + "\n");
        lock (gate)
        {
            records.Add(record);
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            stream.Write(line);
            stream.Flush(flushToDisk: true);
        }
    }
}
