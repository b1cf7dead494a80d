using System.Collections;
using YamlDotNet.Serialization.NamingConventions;

namespace AutoQa.Analysis.Phrases;

/// <summary>
/// What YAML reads as no value in a phrase pack: a key with nothing after it ("negations:") leaves a list null
/// rather than empty, and a bare null or ~ is no word (German's digit word "null" must be quoted, or it silently
/// drops out). Each is named by its path in the file ("deadlines.units.h").
/// </summary>
internal static class MissingValues
{
    /// <summary>A problem for every value of <paramref name="pack"/> that YAML left out.</summary>
    public static IEnumerable<string> In(PhrasePack pack) => In(pack, "");

    private static IEnumerable<string> In(object? value, string name) => value switch
    {
        null => [$"'{name}' has no value"],
        string => [],
        IDictionary entries => entries.Keys.Cast<object>().SelectMany(key => In(entries[key], $"{name}.{key}")),
        IList items when items.Cast<object?>().Any(item => item is not string text || text.Trim().Length == 0) =>
            [$"'{name}' has an empty entry (quote a word YAML reads as no value: \"null\", \"~\")"],
        _ when value.GetType().Namespace == typeof(PhrasePack).Namespace => value.GetType().GetProperties()
            .SelectMany(p => In(p.GetValue(value), string.Join('.', new[] { name, HyphenatedNamingConvention.Instance.Apply(p.Name) }.Where(n => n.Length > 0)))),
        _ => [],
    };
}
