using System.Text;
using AutoQa.Batch.Pipeline;
using AutoQa.Batch.Resume;
using AutoQa.Json;
using AutoQa.Storage;

namespace AutoQa.Batch.Output;

/// <summary>Writes a call's JSON atomically into calls/, then records it in the ledger (so a kill between the two only redoes the call).</summary>
internal sealed class CallResultWriter(string outputFolder, string configHash, RunLedger ledger)
{
    /// <summary>The folder of per-call JSON files inside the output folder.</summary>
    public const string CallsFolder = "calls";

    public async ValueTask<LedgerEntry> WriteAsync(AssessedCall assessed, CancellationToken cancellationToken)
    {
        var (call, assessment) = (assessed.Call, assessed.Assessment);
        var job = call.Job;
        var relative = $"{CallsFolder}/{FileNameOf(job.Metadata.CallId)}.json";
        var result = new CallResult(
            job.Metadata.CallId,
            new CallSource(job.Recording.Name, job.Recording.Path, job.SourceHash),
            call.Facts,
            job.Metadata,
            configHash,
            call.Signal.Speech,
            call.Signal.AudioDefects,
            call.Signal.Measures,
            call.Transcript,
            assessment.Document);
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, relative), AutoQaJson.Serialize(result), cancellationToken);
        var entry = new LedgerEntry(
            job.Metadata.CallId,
            job.Recording.Name,
            job.SourceHash,
            configHash,
            relative,
            call.Facts.DurationSeconds,
            job.Metadata.AgentId,
            job.Metadata.Team,
            assessment.Score,
            assessment.Flagged,
            assessment.FlagReasons,
            assessment.Findings,
            DateTimeOffset.UtcNow,
            job.Metadata.StartTime,
            assessment.Promises);
        await ledger.RecordAsync(entry, cancellationToken);
        return entry;
    }

    /// <summary>The call id with anything but letters, digits, '.', '-' and '_' replaced, so it is a safe file name.</summary>
    internal static string FileNameOf(string callId)
    {
        var name = new StringBuilder(callId.Length);
        foreach (var c in callId)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return name.Length == 0 || name[0] == '.' ? "_" + name : name.ToString();
    }
}
