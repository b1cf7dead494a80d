using System.Text;

namespace AutoQa.Calls;

/// <summary>
/// Splits RFC 4180 CSV text into records, remembering the line each record starts on for error messages. The
/// delimiter is the header's: a comma, or the semicolon or tab of spreadsheets saved where the comma is the decimal
/// separator ("call_id;file;agent_id").
/// </summary>
internal static class CsvRecords
{
    /// <summary>One record: its fields and the 1-based line it starts on.</summary>
    internal sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <exception cref="InvalidDataException">A quoted field is not closed, or text follows a closing quote.</exception>
    public static IReadOnlyList<Record> Split(string text, string source)
    {
        var delimiter = DelimiterOf(text);
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '"' && field.Length == 0)
            {
                index = ReadQuoted(text, index + 1, delimiter, field, source, ref line);
                continue;
            }

            index++;
            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                continue;
            }

            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                records.Add(new Record(recordLine, fields.ToArray()));
            }

            fields.Clear();
        }
    }

    // The one of comma, semicolon and tab that the header line holds most often; a comma on a tie or when it holds none.
    private static char DelimiterOf(string text)
    {
        var header = text.AsSpan(0, text.IndexOf('\n') is var end and >= 0 ? end : text.Length);
        var (commas, semicolons, tabs) = (header.Count(','), header.Count(';'), header.Count('\t'));
        return semicolons > commas && semicolons >= tabs ? ';'
            : tabs > commas && tabs > semicolons ? '\t'
            : ',';
    }

    private static int ReadQuoted(string text, int index, char delimiter, StringBuilder field, string source, ref int line)
    {
        var startLine = line;
        while (index < text.Length)
        {
            var c = text[index++];
            if (c == '"')
            {
                if (index < text.Length && text[index] == '"')
                {
                    field.Append('"');
                    index++;
                    continue;
                }

                if (index < text.Length && text[index] != delimiter && text[index] is not ('\n' or '\r'))
                {
                    throw new InvalidDataException($"{source}:{line}: text after a closing quote; double quotes inside a quoted field.");
                }

                return index;
            }

            if (c == '\n')
            {
                line++;
            }

            field.Append(c);
        }

        throw new InvalidDataException($"{source}:{startLine}: a quoted field is not closed.");
    }
}
