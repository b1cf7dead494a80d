using System.Text;

namespace AutoQa.Batch.Output;

/// <summary>CSV rows with RFC 4180 quoting and CRLF line ends.</summary>
internal static class CsvText
{
    public static void AppendRow(StringBuilder text, IEnumerable<string> cells) =>
        text.AppendJoin(',', cells.Select(Quote)).Append("\r\n");

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
