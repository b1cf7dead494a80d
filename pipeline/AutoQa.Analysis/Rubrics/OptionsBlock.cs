using System.Globalization;
using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace AutoQa.Analysis.Rubrics;

/// <summary>Reads an options class (<see cref="AnalysisOptions"/>, <see cref="Triage.TriageOptions"/>) from a rubric block whose keys are its property names in kebab case.</summary>
internal static class OptionsBlock
{
    public static T Read<T>(YamlNode? node, string what, YamlProblems problems, Action<T> validate)
        where T : class, new()
    {
        var options = new T();
        if (node is null)
        {
            return options;
        }

        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => KebabNames.Of(p.Name), StringComparer.Ordinal);
        var entries = problems.Mapping(node, what, properties.Keys);
        foreach (var (key, value) in entries)
        {
            var property = properties[key];
            var text = (value as YamlScalarNode)?.Value ?? "";
            object? parsed = property.PropertyType == typeof(string) ? text
                : property.PropertyType == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i
                : property.PropertyType == typeof(double) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                : null;
            if (parsed is null)
            {
                problems.Add(value, $"'{key}' in {what} must be a {property.PropertyType.Name.ToLowerInvariant()}, not '{text}'");
                continue;
            }

            property.SetValue(options, parsed);
        }

        try
        {
            validate(options);
        }
        catch (ArgumentException ex)
        {
            problems.Add(node, $"{what}: {ex.Message}");
        }

        return options;
    }
}
