using System.Globalization;
using System.Text;

namespace AutoQa.Batch.Output;

/// <summary>
/// summary.csv: one row for the night, one per team, one per agent; a column per finding holding the number of
/// calls with it. RFC 4180 quoting, invariant number format.
/// </summary>
public static class SummaryCsv
{
    /// <summary>Renders <paramref name="summary"/> as CSV text.</summary>
    public static string Render(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var findings = summary.Total.Findings.Keys.Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        CsvText.AppendRow(text, ["level", "name", "team", "calls", "flagged", "scored", "average_score", "audio_hours", .. findings]);
        var rows = new[] { ("all", summary.Total) }
            .Concat(summary.Teams.Select(t => ("team", t)))
            .Concat(summary.Agents.Select(a => ("agent", a)));
        foreach (var (level, group) in rows)
        {
            CsvText.AppendRow(text, [
                level, group.Name, group.Team ?? string.Empty,
                Number(group.Calls), Number(group.Flagged), Number(group.Scored),
                group.AverageScore?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty,
                group.AudioHours.ToString("0.####", CultureInfo.InvariantCulture),
                .. findings.Select(f => Number(group.Findings.GetValueOrDefault(f))),
            ]);
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
