namespace AutoQa.Analysis.Text;

/// <summary>
/// The words of a phrase pack, each with an id, and a fuzzy look-up that forgives a recogniser's spelling slips:
/// a dropped letter in any word of three letters or more ("hep" for "help", "yor" for "your"), and in longer
/// words also a letter added or changed ("refunds", "genuin"). The look-up uses deletion neighbourhoods, so it
/// costs a few hash probes, not a scan; a changed letter is a deletion at the same position on both sides, so
/// "sauer" (angry) stays two edits from "super". Words only ever match inside a phrase, so a short word read
/// as its neighbour ("than" as "thank") costs nothing outside one.
/// </summary>
internal sealed class Vocabulary
{
    private const int MinimumDroppedLetterLength = 3;
    private const int MinimumFuzzyLength = 5;
    private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> deletions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> substitutions = new(StringComparer.Ordinal);
    private readonly List<string> words = [];

    /// <summary>The number of distinct words.</summary>
    public int Count => words.Count;

    /// <summary>The id of <paramref name="word"/>, adding it when new.</summary>
    public int Add(string word)
    {
        if (exact.TryGetValue(word, out var id))
        {
            return id;
        }

        id = words.Count;
        words.Add(word);
        exact[word] = id;
        for (var i = 0; i < word.Length && word.Length >= MinimumDroppedLetterLength; i++)
        {
            var shorter = word.Remove(i, 1);
            deletions.TryAdd(shorter, id);
            if (word.Length >= MinimumFuzzyLength)
            {
                substitutions.TryAdd(shorter + PositionMark(i), id);
            }
        }

        return id;
    }

    /// <summary>The id of the pack word equal to <paramref name="token"/> or a spelling slip from it, or -1.</summary>
    public int Find(string token)
    {
        if (exact.TryGetValue(token, out var id))
        {
            return id;
        }

        if (deletions.TryGetValue(token, out id))
        {
            return id;
        }

        if (token.Length < MinimumFuzzyLength)
        {
            return -1;
        }

        var exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var substitutionLookup = substitutions.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[token.Length];
        var shorter = key[..^1];
        for (var i = 0; i < token.Length; i++)
        {
            token.AsSpan(0, i).CopyTo(shorter);
            token.AsSpan(i + 1).CopyTo(shorter[i..]);
            key[^1] = PositionMark(i);
            if ((shorter.Length >= MinimumFuzzyLength && exactLookup.TryGetValue(shorter, out id))
                || substitutionLookup.TryGetValue(key, out id))
            {
                return id;
            }
        }

        return -1;
    }

    // Tokens hold no private-use characters, so the mark cannot collide with a letter.
    private static char PositionMark(int position) => (char)(0xE000 + position);

    /// <summary>The word with id <paramref name="id"/>.</summary>
    public string this[int id] => words[id];
}
