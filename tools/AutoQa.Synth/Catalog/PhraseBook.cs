namespace AutoQa.Synth.Catalog;

/// <summary>
/// The dialogue text of one language (Data/phrases.&lt;language&gt;.yaml): many phrasings per intent, with
/// <c>{slot}</c> placeholders filled once per call from <see cref="Slots"/> (and <c>{order}</c>, a random order number).
/// </summary>
public sealed class PhraseBook
{
    /// <summary>ISO 639-1 code.</summary>
    public string Language { get; set; } = string.Empty;

    /// <summary>Values per placeholder: brand, agent, customer, product, problem.</summary>
    public Dictionary<string, List<string>> Slots { get; set; } = [];

    /// <summary>Phrasings per dialogue intent (greeting, complaint, empathy, backchannel, ...).</summary>
    public Dictionary<string, List<string>> Intents { get; set; } = [];

    /// <summary>
    /// Deadline phrasings per ISO 8601 duration from the call's start ("PT48H", "P1D"), or per number of working
    /// days ("P3BD", not ISO 8601), which the truth counts in calendar days from the call's day.
    /// </summary>
    public Dictionary<string, List<string>> Deadlines { get; set; } = [];

    /// <summary>Red-line phrasings per <see cref="Events.RedLineKinds"/> value.</summary>
    public Dictionary<string, List<string>> RedLines { get; set; } = [];

    /// <summary>The phrasings of <paramref name="intent"/>.</summary>
    /// <exception cref="InvalidDataException">The book has no phrasing for it.</exception>
    public IReadOnlyList<string> Phrasings(string intent) =>
        Intents.TryGetValue(intent, out var list) && list.Count > 0 ? list
        : throw new InvalidDataException($"phrases.{Language}.yaml: no phrasings for intent '{intent}'.");

    /// <exception cref="InvalidDataException">An intent the dialogue needs is missing or a placeholder has no values.</exception>
    public void Validate(string source, IEnumerable<string> requiredIntents)
    {
        foreach (var intent in requiredIntents)
        {
            if (!Intents.TryGetValue(intent, out var list) || list.Count == 0)
            {
                throw new InvalidDataException($"{source}: intent '{intent}' has no phrasings.");
            }
        }

        var texts = Intents.Values.Concat(Deadlines.Values).Concat(RedLines.Values).SelectMany(list => list);
        foreach (var text in texts)
        {
            foreach (System.Text.RegularExpressions.Match match in SlotPattern.Placeholder().Matches(text))
            {
                var slot = match.Groups[1].Value;
                if (slot != "order" && (!Slots.TryGetValue(slot, out var values) || values.Count == 0))
                {
                    throw new InvalidDataException($"{source}: placeholder '{{{slot}}}' in \"{text}\" has no values under slots.");
                }
            }
        }
    }
}
