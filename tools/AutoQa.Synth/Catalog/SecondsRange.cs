namespace AutoQa.Synth.Catalog;

/// <summary>A closed range a value is drawn from uniformly.</summary>
public sealed class SecondsRange
{
    /// <summary>The smallest value.</summary>
    public double Min { get; set; }

    /// <summary>The largest value.</summary>
    public double Max { get; set; }

    /// <summary>A value drawn uniformly from the range.</summary>
    public double Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Min + (random.NextDouble() * (Max - Min));
    }

    /// <exception cref="InvalidDataException">Min is negative or above Max.</exception>
    public void Validate(string name)
    {
        if (Min < 0 || Min > Max)
        {
            throw new InvalidDataException($"{name}: the range {Min}..{Max} is not valid (0 <= min <= max).");
        }
    }
}
