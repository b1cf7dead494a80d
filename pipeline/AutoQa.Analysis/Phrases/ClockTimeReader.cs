using System.Globalization;
using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Phrases;

/// <summary>
/// Reads a promised time of day after one of the pack's clock leads: "by 5 pm", "by 5:30", "before 3 o'clock",
/// "by noon", "bis 17 Uhr", "d'ici 17h30", "antes de las cinco de la tarde". A number is an hour only with minutes,
/// a suffix ("pm", "Uhr", "h") or, where the pack says so, right after its lead ("para las cinco"). An hour before
/// the working day, on the hour, whose suffix is also a unit of time is a number of hours: "d'ici 2h" is within two
/// hours, as nobody promises two in the morning; "d'ici 17h" is five in the afternoon.
/// </summary>
internal sealed class ClockTimeReader
{
    private const int WorkingDayStartHour = 7;

    private readonly List<string[]> leads;
    private readonly List<string[]> afterDay;
    private readonly List<string[]> namedLeads;
    private readonly List<(string[] Words, ClockReading Reading)> suffixes;
    private readonly Dictionary<string, ClockReading> joinedSuffixes;
    private readonly Dictionary<string, int> named;
    private readonly bool bareHours;
    private readonly ClockReading unsuffixed;
    private readonly HashSet<string> units;

    public ClockTimeReader(ClockGrammar grammar, Tokenizer tokenizer, IEnumerable<string> units)
    {
        this.units = [.. units];
        leads = [.. grammar.Leads.Select(l => tokenizer.TokenizePhrase(l).ToArray()).Where(l => l.Length > 0)];
        afterDay = [.. grammar.AfterDay.Select(a => tokenizer.TokenizePhrase(a).ToArray()).Where(a => a.Length > 0)];
        namedLeads = [.. grammar.NamedLeads.Select(l => tokenizer.TokenizePhrase(l).ToArray()).Where(l => l.Length > 0)];
        suffixes = [.. grammar.Suffixes.Select(s => (tokenizer.TokenizePhrase(s.Key).ToArray(), ClockReadingNames.Parse(s.Value) ?? ClockReading.AsSaid))
            .Where(s => s.Item1.Length > 0)];
        joinedSuffixes = suffixes.Where(s => s.Words.Length == 1).ToDictionary(s => s.Words[0], s => s.Reading);
        named = grammar.Named.ToDictionary(n => string.Concat(tokenizer.TokenizePhrase(n.Key)), n => n.Value);
        bareHours = grammar.BareHours;
        unsuffixed = grammar.TwelveHour ? ClockReading.TwelveHour : ClockReading.AsSaid;
    }

    /// <summary>The grammar's words, for reading a recogniser's slips.</summary>
    public IEnumerable<string> Words => leads.Concat(afterDay).Concat(namedLeads).SelectMany(l => l).Concat(named.Keys);

    /// <summary>The time of day promised by a lead at word <paramref name="i"/>: its hour and minute, and where it ends.</summary>
    /// <param name="words">The turn's words, as the grammar reads them.</param>
    /// <param name="i">Where the lead would start.</param>
    /// <param name="numberAt">Reads a spoken number at a word: its value and the word after it.</param>
    public (int Hour, int Minute, int Last)? At(string[] words, int i, Func<string[], int, (int Value, int Next)?> numberAt)
    {
        if (WordSequence.FirstAt(words, i, leads) is { } lead)
        {
            return TimeAt(words, i + lead.Length, numberAt, bareHours);
        }

        var at = i + (WordSequence.FirstAt(words, i, namedLeads)?.Length ?? 0);
        return at > i && at < words.Length && named.TryGetValue(words[at], out var hour) ? (hour, 0, at) : null;
    }

    /// <summary>
    /// The time of day said at word <paramref name="i"/>, right after a promised day, after one of the pack's
    /// after-day words or none: "[tomorrow] at 5 pm", "[morgen] um 12 Uhr", "[demain] midi". A bare number is an
    /// hour after the word ("[tomorrow] at 5"), not without it ("[Friday] 5 items").
    /// </summary>
    public (int Hour, int Minute, int Last)? AfterDayAt(string[] words, int i, Func<string[], int, (int Value, int Next)?> numberAt) =>
        WordSequence.FirstAt(words, i, afterDay) is { } at ? TimeAt(words, i + at.Length, numberAt, bareHourIsTime: true) : TimeAt(words, i, numberAt, bareHourIsTime: false);

    private (int Hour, int Minute, int Last)? TimeAt(string[] words, int at, Func<string[], int, (int Value, int Next)?> numberAt, bool bareHourIsTime)
    {
        if (at >= words.Length)
        {
            return null;
        }

        if (named.TryGetValue(words[at], out var namedHour))
        {
            return (namedHour, 0, at);
        }

        if (HourAndMinute(words[at]) is var (hour, minute, joined))
        {
            var suffix = joined is null ? SuffixAt(words, at + 1) : null;
            return joined is not null && IsHours(hour, minute, JoinedSuffix(words[at])) ? null
                : Valid((joined ?? suffix?.Reading ?? unsuffixed).HourOfDay(hour), minute, suffix?.Last ?? at);
        }

        if (numberAt(words, at) is not var (spokenHour, next))
        {
            return null;
        }

        if (SuffixAt(words, next) is var (reading, last))
        {
            // "17 h 30": minutes after the suffix.
            var minutes = last + 1 < words.Length && Minutes(words[last + 1]) is { } m ? m : (int?)null;
            return IsHours(spokenHour, minutes ?? 0, words[next]) ? null
                : Valid(reading.HourOfDay(spokenHour), minutes ?? 0, minutes is null ? last : last + 1);
        }

        return bareHourIsTime ? Valid(unsuffixed.HourOfDay(spokenHour), 0, next - 1) : null;
    }

    // "17:30", "17.30", "17h", "17h30", "5pm", "5:30pm": the hour, the minute, and the reading a suffix written
    // onto the digits gives (null: none).
    private (int Hour, int Minute, ClockReading? Joined)? HourAndMinute(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 2 || digits == word.Length)
        {
            return null;
        }

        var hour = int.Parse(word.AsSpan(0, digits), CultureInfo.InvariantCulture);
        var rest = word[digits..];
        var minute = 0;
        if (rest[0] is ':' or '.')
        {
            if (rest.Length < 3 || Minutes(rest[1..3]) is not { } afterColon)
            {
                return null;
            }

            (minute, rest) = (afterColon, rest[3..]);
            if (rest.Length == 0)
            {
                return (hour, minute, null);
            }
        }

        var letters = 0;
        while (letters < rest.Length && char.IsAsciiLetter(rest[letters]))
        {
            letters++;
        }

        if (!joinedSuffixes.TryGetValue(rest[..letters], out var reading))
        {
            return null;
        }

        // "17h30": minutes after a suffix.
        var after = rest[letters..];
        return after.Length == 0 ? (hour, minute, reading)
            : Minutes(after) is { } trailing && minute == 0 ? (hour, trailing, reading)
            : null;
    }

    /// <summary>True when <paramref name="word"/> is a time of day written with its suffix ("17h", "5pm"), not hours ("2h").</summary>
    public bool IsTimeOfDay(string word) =>
        HourAndMinute(word) is var (hour, minute, joined) && joined is not null && !IsHours(hour, minute, JoinedSuffix(word));

    private bool IsHours(int hour, int minute, string suffix) => hour < WorkingDayStartHour && minute == 0 && units.Contains(suffix);

    // The letters after the digits and any minutes: "h" of "2h", "h" of "17h30".
    private static string JoinedSuffix(string word) => new([.. word.SkipWhile(c => !char.IsAsciiLetter(c)).TakeWhile(char.IsAsciiLetter)]);

    private (ClockReading Reading, int Last)? SuffixAt(string[] words, int i)
    {
        foreach (var (phrase, reading) in suffixes)
        {
            if (WordSequence.StartsWith(words, i, phrase))
            {
                return (reading, i + phrase.Length - 1);
            }
        }

        return null;
    }

    private static int? Minutes(string word) =>
        word.Length == 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute < 60 ? minute : null;

    private static (int Hour, int Minute, int Last)? Valid(int hour, int minute, int last) =>
        hour is >= 0 and <= 24 ? (hour, minute, last) : null;
}
