namespace AutoQa.Analysis.Text;

/// <summary>
/// The words of a phrase pack, each with an id, and a fuzzy look-up that forgives a recogniser's spelling slips:
/// a dropped letter in any word of three letters or more ("hep" for "help", "yor" for "your"), and in longer
/// words also a letter added or changed ("refunds", "genuin"). The look-up uses deletion neighbourhoods, so it
/// costs a few hash probes, not a scan; a changed letter is a deletion at the same position on both sides, so
/// "sauer" (angry) stays two edits from "super". Words only ever match inside a phrase, so a short word read
/// as its neighbour ("than" as "thank") costs nothing outside one. A slip may fit several words ("ave" is "avec"
/// or "avez" less a letter); <see cref="Candidates"/> gives them all, <see cref="Find"/> the first.
/// </summary>
internal sealed class Vocabulary
{
    private const int MinimumDroppedLetterLength = 3;
    private const int MinimumFuzzyLength = 5;
    private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> deletions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> substitutions = new(StringComparer.Ordinal);
    private readonly List<string> words = [];

    // Each word's id alone, so that looking a word up allocates nothing.
    private readonly List<int[]> single = [];

    /// <summary>The number of distinct words.</summary>
    public int Count => words.Count;

    /// <summary>
    /// Adds a word that is only ever itself: a token equal to it is no slip of a pack word, and no slip of it is
    /// looked for ("hasta" is not "harta").
    /// </summary>
    public void AddKnown(string word) => AddExact(word);

    /// <summary>The id of <paramref name="word"/>, adding it when new.</summary>
    public int Add(string word)
    {
        if (exact.TryGetValue(word, out var id))
        {
            return id;
        }

        id = AddExact(word);
        for (var i = 0; i < word.Length && word.Length >= MinimumDroppedLetterLength; i++)
        {
            var shorter = word.Remove(i, 1);
            AddTo(deletions, shorter, id);
            if (word.Length >= MinimumFuzzyLength)
            {
                AddTo(substitutions, shorter + PositionMark(i), id);
            }
        }

        return id;
    }

    private int AddExact(string word)
    {
        if (!exact.TryGetValue(word, out var id))
        {
            id = words.Count;
            words.Add(word);
            single.Add([id]);
            exact[word] = id;
        }

        return id;
    }

    /// <summary>The id of the pack word equal to <paramref name="token"/> or a spelling slip from it, or -1.</summary>
    public int Find(string token) => Collect(token, null);

    /// <summary>
    /// The ids of every pack word <paramref name="token"/> may be: the word it equals, else every word it is a
    /// spelling slip from; empty when none.
    /// </summary>
    public int[] Candidates(string token)
    {
        if (exact.TryGetValue(token, out var id))
        {
            return single[id];
        }

        if (Collect(token, null) < 0)
        {
            return [];
        }

        var found = new List<int>(2);
        Collect(token, found);
        return found.Count == 1 ? single[found[0]] : [.. found];
    }

    // The first id found, stopping there when all is null, else adding every id found to all.
    private int Collect(string token, List<int>? all)
    {
        if (exact.TryGetValue(token, out var id))
        {
            all?.Add(id);
            return id;
        }

        var first = Take(deletions.GetValueOrDefault(token), all, -1);
        if (token.Length < MinimumFuzzyLength || (first >= 0 && all is null))
        {
            return first;
        }

        var exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var substitutionLookup = substitutions.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[token.Length];
        var shorter = key[..^1];
        for (var i = 0; i < token.Length && (first < 0 || all is not null); i++)
        {
            token.AsSpan(0, i).CopyTo(shorter);
            token.AsSpan(i + 1).CopyTo(shorter[i..]);
            key[^1] = PositionMark(i);
            if (shorter.Length >= MinimumFuzzyLength && exactLookup.TryGetValue(shorter, out id))
            {
                first = Take(single[id], all, first);
            }

            first = Take(substitutionLookup.TryGetValue(key, out var ids) ? ids : null, all, first);
        }

        return first;
    }

    // Adds ids not yet in all; the first id found so far, or the first of ids when none was.
    private static int Take(IReadOnlyList<int>? ids, List<int>? all, int first)
    {
        if (ids is null)
        {
            return first;
        }

        for (var i = 0; all is not null && i < ids.Count; i++)
        {
            if (!all.Contains(ids[i]))
            {
                all.Add(ids[i]);
            }
        }

        return first >= 0 ? first : ids[0];
    }

    private static void AddTo(Dictionary<string, List<int>> keys, string key, int id)
    {
        if (!keys.TryGetValue(key, out var ids))
        {
            keys[key] = [id];
        }
        else if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    // Tokens hold no private-use characters, so the mark cannot collide with a letter.
    private static char PositionMark(int position) => (char)(0xE000 + position);

    /// <summary>The word with id <paramref name="id"/>.</summary>
    public string this[int id] => words[id];
}
