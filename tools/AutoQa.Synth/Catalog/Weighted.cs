namespace AutoQa.Synth.Catalog;

/// <summary>Draws a key from a table of relative weights, reproducibly (keys in ordinal order).</summary>
internal static class Weighted
{
    public static string Pick(IReadOnlyDictionary<string, double> weights, Random random)
    {
        var ordered = weights.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var point = random.NextDouble() * ordered.Sum(pair => pair.Value);
        foreach (var (key, weight) in ordered)
        {
            point -= weight;
            if (point < 0)
            {
                return key;
            }
        }

        return ordered[^1].Key;
    }
}
