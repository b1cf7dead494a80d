namespace AutoQa.Sentiment.Tokenization;

/// <summary>
/// 32-bit FNV-1a over UTF-16 code units: tiny, fast and stable across processes and platforms, unlike
/// <see cref="string.GetHashCode()"/>, which is randomised per process.
/// </summary>
internal struct Fnv1aHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    private uint value;

    /// <summary>Starts a hash with a one-character tag that keeps feature kinds apart.</summary>
    public static Fnv1aHash Start(char tag)
    {
        var hash = new Fnv1aHash { value = OffsetBasis };
        hash.Add(tag);
        return hash;
    }

    /// <summary>The hash so far.</summary>
    public readonly uint Value => value;

    /// <summary>Adds one character.</summary>
    public void Add(char c)
    {
        value = (value ^ (byte)c) * Prime;
        value = (value ^ (byte)(c >> 8)) * Prime;
    }

    /// <summary>Adds every character of <paramref name="text"/>.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Add(c);
        }
    }
}
