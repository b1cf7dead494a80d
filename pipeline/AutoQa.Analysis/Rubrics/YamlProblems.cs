using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace AutoQa.Analysis.Rubrics;

/// <summary>Reads typed values from YAML nodes, recording every problem with its line instead of stopping at the first.</summary>
internal sealed class YamlProblems
{
    public List<RubricProblem> Problems { get; } = [];

    public void Add(YamlNode node, string message) =>
        Problems.Add(new RubricProblem((int)node.Start.Line, (int)node.Start.Column, message));

    /// <summary>The mapping's entries; a problem (and none) when the node is not a mapping.</summary>
    public Dictionary<string, YamlNode> Mapping(YamlNode node, string what, IReadOnlyCollection<string> allowed)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            Add(node, $"{what} must be a mapping of keys to values");
            return entries;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                Add(key, $"unknown key '{name}' in {what}; expected one of: {string.Join(", ", allowed)}");
            }
            else
            {
                entries[name] = value;
            }
        }

        return entries;
    }

    public IEnumerable<YamlNode> Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children;
        }

        Add(node, $"{what} must be a list");
        return [];
    }

    public string? Text(Dictionary<string, YamlNode> entries, string key, YamlNode owner, bool required)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            if (required)
            {
                Add(owner, $"'{key}' is required");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        Add(node, $"'{key}' must be a non-empty text");
        return null;
    }

    public double? Number(Dictionary<string, YamlNode> entries, string key, YamlNode owner, bool required, double minimum = 0)
    {
        var text = Text(entries, key, owner, required);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        Add(entries[key], $"'{key}' must be a number of at least {minimum.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
        return null;
    }

    public bool Flag(Dictionary<string, YamlNode> entries, string key, YamlNode owner)
    {
        var text = Text(entries, key, owner, required: false);
        if (text is null or "false")
        {
            return false;
        }

        if (text == "true")
        {
            return true;
        }

        Add(entries[key], $"'{key}' must be true or false, not '{text}'");
        return false;
    }

    public T? Choice<T>(Dictionary<string, YamlNode> entries, string key, YamlNode owner, bool required = false)
        where T : struct, Enum
    {
        var text = Text(entries, key, owner, required);
        if (text is null)
        {
            return null;
        }

        if (KebabNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        Add(entries[key], $"'{key}' must be one of: {KebabNames.List<T>()}; not '{text}'");
        return null;
    }
}
