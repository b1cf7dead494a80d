using System.Globalization;
using System.Text.RegularExpressions;
using AutoQa.Calls;
using AutoQa.Synth.Catalog;

namespace AutoQa.Synth.Dialogue;

/// <summary>
/// Picks phrasings for one call: placeholders get one value per call (the same brand and product throughout),
/// and each intent cycles through its phrasings in a shuffled order so a call rarely repeats itself.
/// </summary>
internal sealed partial class PhrasePicker
{
    private readonly PhraseBook _book;
    private readonly Random _random;
    private readonly Dictionary<string, string> _slots = [];
    private readonly Dictionary<string, Queue<string>> _queues = [];
    private readonly DateOnly _callDay;

    public PhrasePicker(PhraseBook book, Random random, DateOnly callDay)
    {
        _book = book;
        _random = random;
        _callDay = callDay;
        foreach (var (slot, values) in book.Slots.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            _slots[slot] = values[random.Next(values.Count)];
        }

        _slots["order"] = string.Join(' ', Enumerable.Range(0, 6).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The next phrasing of <paramref name="intent"/>, placeholders filled.</summary>
    public string Next(string intent) => Fill(Dequeue(intent, _book.Phrasings(intent)));

    /// <summary>A deadline phrasing and its ISO 8601 duration from the call's start: working days in calendar days from the call's day.</summary>
    public (string Text, string Duration) NextDeadline()
    {
        var durations = _book.Deadlines.Keys.Order(StringComparer.Ordinal).ToList();
        var duration = durations[_random.Next(durations.Count)];
        var text = Fill(Dequeue("deadline:" + duration, _book.Deadlines[duration]));
        return (text, WorkingDaysKey().Match(duration) is { Success: true } working
            ? $"P{WorkingDays.CalendarDaysFrom(_callDay, int.Parse(working.Groups[1].Value, CultureInfo.InvariantCulture))}D"
            : duration);
    }

    /// <summary>A phrasing of the red line <paramref name="kind"/>.</summary>
    /// <exception cref="InvalidDataException">The phrase book has none for that kind.</exception>
    public string NextRedLine(string kind) =>
        _book.RedLines.TryGetValue(kind, out var list) && list.Count > 0
            ? Fill(Dequeue("red-line:" + kind, list))
            : throw new InvalidDataException($"phrases.{_book.Language}.yaml: no red-line phrasings for '{kind}'.");

    private string Dequeue(string key, IReadOnlyList<string> phrasings)
    {
        if (!_queues.TryGetValue(key, out var queue) || queue.Count == 0)
        {
            queue = new Queue<string>(phrasings.OrderBy(_ => _random.Next()));
            _queues[key] = queue;
        }

        return queue.Dequeue();
    }

    [GeneratedRegex("^P([0-9]+)BD$")]
    private static partial Regex WorkingDaysKey();

    private string Fill(string template) =>
        SlotPattern.Placeholder().Replace(template, match => _slots[match.Groups[1].Value]);
}
