using System.Globalization;
using System.Text;
using AutoQa.Batch.Resume;

namespace AutoQa.Batch.Output;

/// <summary>
/// promises.csv: every time frame an agent promised in the night, soonest due first, then those whose due date is
/// unknown, so that the follow-up team keeps them before they lapse. A promise heard only in part is listed for a
/// person to listen to.
/// </summary>
public static class PromisesCsv
{
    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "promises.csv";

    /// <summary>Renders the promises of the ledger's <paramref name="calls"/> as CSV text (a header only when there are none).</summary>
    public static string Render(IEnumerable<LedgerEntry> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        return Render(calls.Select(c => new PromisingCall(c.CallId, c.AgentId, c.Team, c.StartTime, c.Output, c.Promises ?? [])));
    }

    /// <summary>Renders the promises of <paramref name="calls"/> as CSV text (a header only when there are none).</summary>
    public static string Render(IEnumerable<PromisingCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var rows = calls.SelectMany(call => call.Promises.Select(promise => (Call: call, Promise: promise)))
            .OrderBy(r => DueInstant(r.Promise.Due, r.Call.StartTime) ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Call.CallId, StringComparer.Ordinal)
            .ThenBy(r => r.Promise.AtSeconds);
        var text = new StringBuilder();
        CsvText.AppendRow(text, ["due", "call_id", "agent", "team", "call_start", "at_seconds", "promised", "heard", "quote", "output"]);
        foreach (var (call, promise) in rows)
        {
            CsvText.AppendRow(text, [
                promise.Due ?? string.Empty,
                call.CallId,
                call.AgentId ?? string.Empty,
                call.Team ?? string.Empty,
                call.StartTime?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? string.Empty,
                promise.AtSeconds.ToString("0.##", CultureInfo.InvariantCulture),
                promise.Duration ?? string.Empty,
                promise.HeardInPart ? "in part" : "in full",
                promise.Quote ?? string.Empty,
                call.Output,
            ]);
        }

        return text.ToString();
    }

    // When a promise falls due, to list the soonest first across time zones: a time as it is ("2026-12-02T17:00+01:00"
    // before "2026-12-02T16:30+00:00"), a day at its end in the call's time zone (due by then).
    private static DateTimeOffset? DueInstant(string? due, DateTimeOffset? callStart)
    {
        if (due is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var offset = callStart?.Offset ?? TimeSpan.Zero;
            return new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), offset).AddTicks(-1);
        }

        return DateTimeOffset.ParseExact(due, "yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
    }
}
