using System.Text;

namespace AutoQa.Analysis.Rubrics;

/// <summary>The kebab-case spelling of enum values and option names used in rubric files ("long-complaint").</summary>
internal static class KebabNames
{
    public static string Of(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }

    public static bool TryParse<T>(string kebab, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Of(candidate.ToString()) == kebab)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Of(v.ToString())));
}
