namespace AutoQa.Analysis.Tests;

/// <summary>What editing a YAML file by hand does to it now and then: a line lost, repeated or swapped, a character mistyped.</summary>
internal static class HandEdits
{
    private const string Typos = " :-[]{}#'\"*&!|>%@`\t0a";

    /// <summary>One to three random edits of <paramref name="lines"/>, in place; returns them.</summary>
    public static List<string> Apply(Random random, List<string> lines)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(4))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    (lines[at], lines[(at + 1) % lines.Count]) = (lines[(at + 1) % lines.Count], lines[at]);
                    break;
                default:
                    var line = lines[at];
                    var i = random.Next(line.Length + 1);
                    lines[at] = string.Concat(line.AsSpan(0, i), Typos[random.Next(Typos.Length)].ToString(), line.AsSpan(Math.Min(line.Length, i + random.Next(2))));
                    break;
            }
        }

        return lines;
    }
}
