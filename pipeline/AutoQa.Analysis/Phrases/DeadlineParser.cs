using System.Xml;
using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Phrases;

/// <summary>
/// Finds a promised time frame in a turn's tokens and normalises it to an ISO 8601 duration from the call's
/// start: "within 48 hours" -> PT48H, "within an hour" -> PT1H, "by tomorrow" -> P1D, "in 3 to 5 days" -> P5D (a
/// range promises its end). What depends on the calendar counts from the call's start time: on a Wednesday, "by
/// Friday" -> P2D and "in 3 business days" -> P3D, on a Friday P5D; at 10:00, "by 5 pm" -> PT7H and "tomorrow by
/// noon" -> P1DT2H. Without the start time a day name or a time of day has no duration, and working days count as days.
/// A number and a unit make a promise only after a lead ("within", "in"): "it stopped after a week" and a
/// misheard "have a [nice] day" are no deadlines. The grammar's words forgive a recogniser's spelling slip
/// ("withn", "hurs", "tmorrow") in tokens of four letters or more; shorter ones ("for" is not "four") must be exact,
/// except a unit where one is due ("within an hur", "in 3 business das"). A singular unit right after a dangling lead
/// lost its article: "within [an] hour" -> PT1H, "dentro de [una] hora" -> PT1H. A unit
/// written onto the digits counts ("within 48h" -> PT48H) unless a unit word follows ("in 3h business days" -> P3D).
/// A promise that lost one of its three parts ("within 48 [hours]", "within [48] hours", "within [an->scanned] hour",
/// "[within] 48 hours", "in [3->delivered] business [days]") is a partial time frame: not enough to extract a deadline, too much to assert none was
/// given. So is a dangling lead, one that ends its clause ("you will have an answer by [tomorrow]."), and "at the latest"
/// with no time frame ("una respuesta [mañana] como muy tarde").
/// </summary>
internal sealed partial class DeadlineParser
{
    private const int MinimumFuzzyLength = 4;

    private readonly Vocabulary vocabulary = new();
    private readonly Dictionary<string, string> units;
    private readonly HashSet<string> singularUnits;
    private readonly Dictionary<string, string> unitSlips = new(StringComparer.Ordinal);
    private readonly SpokenNumbers spoken;
    private readonly HashSet<string> rangeWords;
    private readonly HashSet<string> businessDayWords;
    private readonly HashSet<string> fillers;
    private readonly List<string[]> excludeBefore;
    private readonly List<string[]> excludeAfter;
    private readonly List<string[]> fixedExcludeBefore;
    private readonly List<string[]> leads;
    private readonly List<string[]> danglingLeads;
    private readonly List<string[]> atTheLatest;
    private readonly Dictionary<string, int> weekdays;
    private readonly List<string[]> weekdayLeads;
    private readonly int leadReach;
    private readonly HashSet<string> leadBreakers;
    private readonly HashSet<string[]> verbLeads;
    private readonly List<(string[] Words, string Duration)> fixedExpressions;
    private readonly List<(string[] Words, int Days)> fixedDays;
    private readonly List<(string[] Words, string Period)> periodEnds;
    private readonly ClockTimeReader clock;
    private readonly CalendarDateReader dates;

    public DeadlineParser(DeadlineGrammar grammar, Tokenizer tokenizer, IEnumerable<string> knownWords)
    {
        var numbers = Normalised(grammar.Numbers, tokenizer);
        units = Normalised(grammar.Units, tokenizer);
        singularUnits = [.. units.Keys.Where(IsSingular)];
        rangeWords = [.. grammar.RangeWords.SelectMany(tokenizer.TokenizePhrase)];
        spoken = new SpokenNumbers(numbers, units, [.. grammar.Connectors.SelectMany(tokenizer.TokenizePhrase)], rangeWords);
        businessDayWords = [.. grammar.BusinessDayWords.SelectMany(tokenizer.TokenizePhrase)];
        fillers = [.. grammar.Fillers.SelectMany(tokenizer.TokenizePhrase)];
        excludeBefore = Phrases(grammar.ExcludeBefore, tokenizer);
        excludeAfter = Phrases(grammar.ExcludeAfter, tokenizer);
        fixedExcludeBefore = Phrases(grammar.FixedExcludeBefore, tokenizer);
        var verbs = Phrases(grammar.VerbLeads, tokenizer);
        leads = [.. Phrases(grammar.Leads, tokenizer), .. verbs];
        verbLeads = new HashSet<string[]>(verbs, ReferenceEqualityComparer.Instance);
        danglingLeads = Phrases(grammar.DanglingLeads, tokenizer);
        atTheLatest = Phrases(grammar.AtTheLatest, tokenizer);
        weekdays = Normalised(grammar.Weekdays, tokenizer);
        weekdayLeads = Phrases(grammar.WeekdayLeads, tokenizer);
        leadReach = grammar.LeadReach;
        leadBreakers = [.. grammar.LeadBreakers.SelectMany(tokenizer.TokenizePhrase)];
        fixedExpressions = [.. grammar.Fixed.Select(f => (tokenizer.TokenizePhrase(f.Key).ToArray(), f.Value))];
        fixedDays = [.. fixedExpressions.Select(f => (f.Words, Days: WholeDays(f.Duration))).Where(f => f.Days is not null).Select(f => (f.Words, f.Days.GetValueOrDefault()))];
        periodEnds = [.. grammar.PeriodEnds.Select(p => (tokenizer.TokenizePhrase(p.Key).ToArray(), p.Value))];
        clock = new ClockTimeReader(grammar.Clock, tokenizer, units.Keys);
        dates = new CalendarDateReader(grammar.Dates, tokenizer);
        string[][] phrases = [.. leads, .. weekdayLeads, .. danglingLeads, .. atTheLatest, .. excludeBefore, .. excludeAfter, .. fixedExcludeBefore,
            .. fixedExpressions.Select(f => f.Words), .. periodEnds.Select(p => p.Words)];
        foreach (var word in numbers.Keys.Concat(units.Keys).Concat(weekdays.Keys).Concat(businessDayWords).Concat(fillers)
                     .Concat(phrases.SelectMany(w => w)).Concat(clock.Words).Concat(dates.Words))
        {
            vocabulary.Add(word);
        }

        // The pack's everyday words, and the possessives, are never slips of the grammar's: "in the right place" is not
        // "in the eight", "a review by our store page" not "by hour".
        foreach (var known in knownWords.SelectMany(tokenizer.TokenizePhrase).Concat(leadBreakers))
        {
            vocabulary.AddKnown(known);
        }

        // A unit's three-letter slips ("hur" of "hour"), unless a word of their own ("our").
        foreach (var unit in units.Keys.Where(u => u.Length == MinimumFuzzyLength))
        {
            for (var i = 0; i < unit.Length; i++)
            {
                var slip = unit.Remove(i, 1);
                if (!units.ContainsKey(slip) && vocabulary.Candidates(slip).Select(id => vocabulary[id]).FirstOrDefault(units.ContainsKey) is { } slipOf)
                {
                    unitSlips.TryAdd(slip, slipOf);
                }
            }
        }
    }

    /// <summary>
    /// The first time frame in <paramref name="tokens"/>: its duration and token span, or null. A day name, working
    /// days and a time of day count from <paramref name="callStart"/>, in its time zone; without it a day name or a
    /// time of day has a null duration.
    /// </summary>
    public (string? Duration, int First, int Last)? Find(string[] words, IReadOnlyList<Token> tokens, DateTimeOffset? callStart)
    {
        DateOnly? callDay = callStart is { } start ? DateOnly.FromDateTime(start.DateTime) : null;
        for (var i = 0; i < words.Length; i++)
        {
            if (clock.At(words, i, spoken.SingleNumberAt) is var (hour, minute, clockLast))
            {
                var day = DayIn(words, tokens, (i, clockLast), callDay);
                var duration = callStart is { } from ? DueDates.UntilTimeOfDay(from, day?.Days, hour, minute) : null;
                return (duration, Math.Min(i, day?.At ?? i), Math.Max(clockLast, day?.At ?? i));
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (NumberAndUnitAt(words, tokens, i) is var (value, unit, last))
            {
                var (promised, promiseLast) = RangeEndAfterUnit(words, last, value) ?? (value, last);
                return (DueDates.Duration(promised, unit, callDay), i, promiseLast);
            }

            if (SingularUnitAfterLeadAt(words, tokens, i) is var (singular, singularLead))
            {
                return (DueDates.Duration(1, singular, callDay), singularLead, i);
            }

            if (dates.At(words, i) is var (month, dayOfMonth, dateFirst, dateLast) && LeadBefore(words, tokens, dateFirst, weekdayLeads) is { } dateLead)
            {
                var (duration, promiseLast) = DayAndTime(words, tokens, dateLast, callDay is { } from ? DueDates.DaysUntilDate(from, month, dayOfMonth) : null, callStart);
                return (duration, dateLead, promiseLast);
            }

            if (weekdays.TryGetValue(words[i], out var weekday) && LeadBefore(words, tokens, i, weekdayLeads) is { } dayLead)
            {
                var (duration, promiseLast) = DayAndTime(words, tokens, i, callDay is { } from ? DueDates.DaysUntil(from, weekday) : null, callStart);
                return (duration, dayLead, promiseLast);
            }

            if (WordSequence.FirstAt(words, i, periodEnds) is var (endWords, period))
            {
                return (DueDates.DaysToEndOf(period, callDay) is { } days ? $"P{days}D" : null, i, i + endWords.Length - 1);
            }

            foreach (var (phrase, fixedDuration) in fixedExpressions)
            {
                if (WordSequence.StartsWith(words, i, phrase) && !fixedExcludeBefore.Exists(before => WordSequence.StartsWith(words, i - before.Length, before)))
                {
                    var dayLast = i + phrase.Length - 1;
                    var (duration, promiseLast) = WholeDays(fixedDuration) is { } days ? DayAndTime(words, tokens, dayLast, days, callStart) : (fixedDuration, dayLast);
                    return (duration, i, promiseLast);
                }
            }
        }

        return null;
    }

    /// <summary>True when a word of <paramref name="words"/> is a day name: the cheap test before <see cref="DayAfter"/>.</summary>
    public bool NamesADay(string[] words)
    {
        foreach (var word in words)
        {
            if (weekdays.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A day named at most <see cref="DeadlineGrammar.LeadReach"/> words after word <paramref name="from"/>, in its
    /// clause, with no lead: the day a promise to get back to the customer that ends before word <paramref name="from"/>
    /// names ("I'll call you back on Monday", "ich rufe Sie am Montag zurück", "je vous rappelle lundi"), where "on
    /// Monday" alone may be the day something broke. Its duration (null without the call's start) and last word, or null.
    /// </summary>
    public (string? Duration, int Last)? DayAfter(string[] words, IReadOnlyList<Token> tokens, int from, DateTimeOffset? callStart)
    {
        DateOnly? callDay = callStart is { } start ? DateOnly.FromDateTime(start.DateTime) : null;
        for (var j = from; j > 0 && j < words.Length && j <= from + leadReach && tokens[j].Clause == tokens[from - 1].Clause; j++)
        {
            if (weekdays.TryGetValue(words[j], out var weekday))
            {
                return DayAndTime(words, tokens, j, callDay is { } day ? DueDates.DaysUntil(day, weekday) : null, callStart);
            }
        }

        return null;
    }

    /// <summary>
    /// Each token as the grammar word it is, or is a spelling slip from, or as itself: the words <see cref="Find"/>,
    /// <see cref="FindPartial"/> and <see cref="TimeWordAt"/> read, made once per turn.
    /// </summary>
    public string[] Read(IReadOnlyList<Token> tokens)
    {
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var text = tokens[i].Text;
            words[i] = text.Length >= MinimumFuzzyLength && vocabulary.Find(text) is var id and >= 0 ? vocabulary[id] : text;
        }

        return words;
    }

    // The unit at most two filler words after word i; a day unit with a working-day word beside it ("3 business
    // days", "3 jours ouvrés") is working days.
    private (string Unit, int Last)? UnitAt(string[] words, int i)
    {
        var business = false;
        for (var j = i; j < words.Length && j <= i + 2; j++)
        {
            if (UnitWord(words[j]) is { } unitWord)
            {
                var unit = units[unitWord];
                var after = j + 1 < words.Length && businessDayWords.Contains(words[j + 1]);
                return unit == "D" && (business || after) ? ("B", after ? j + 1 : j) : (unit, j);
            }

            business |= businessDayWords.Contains(words[j]);
            if (!fillers.Contains(words[j]) && !businessDayWords.Contains(words[j]))
            {
                return null;
            }
        }

        return null;
    }

    // A number and its unit that make a promise: after a lead ("within 48 hours"); working days also without one, as
    // nobody counts an elapsed time in them ("you'll hear back from us [in] 3 business days"); and after a lead, a
    // number and a working-day word whose unit was lost or misheard ("in 3 business [days->lot]").
    private (int Value, string Unit, int Last)? NumberAndUnitAt(string[] words, IReadOnlyList<Token> tokens, int i)
    {
        if (spoken.NumberAt(words, i) is not var (value, afterNumber, joinedUnit))
        {
            return null;
        }

        var heard = UnitAt(words, afterNumber) ?? joinedUnit;
        var led = LeadBefore(words, tokens, i, leads) is not null;
        return (heard ?? (led ? WorkingDaysAt(words, afterNumber) : null)) is var (unit, last)
            && !Excluded(words, i, last) && (led || unit == "B")
            ? (value, unit, last)
            : null;
    }

    // A range whose end follows the unit promises that end: "in a day or two" -> P2D, "un jour ou deux", "un día o
    // dos". Not a number of another unit ("a day or two weeks").
    private (int Value, int Last)? RangeEndAfterUnit(string[] words, int unitLast, int value) =>
        unitLast + 2 < words.Length && rangeWords.Contains(words[unitLast + 1])
        && spoken.SingleNumberAt(words, unitLast + 2) is var (end, next) && end > value
        && (next >= words.Length || UnitWord(words[next]) is null)
            ? (end, next - 1)
            : null;

    // A unit word, or the unit word a three-letter token is a slip of, read only where a unit is due: "within an hur",
    // "in 3 business das", "dentro de hoa". Read everywhere, such slips would make time words of "das" and "dis".
    private string? UnitWord(string word) => units.ContainsKey(word) ? word : unitSlips.GetValueOrDefault(word);

    // A singular unit right after a dangling lead in its clause, its article lost: "within [an] hour", "dentro de
    // [una] hora", "innerhalb [einer] Stunde" promise one of it. The unit and where the lead starts, or null.
    private (string Unit, int Lead)? SingularUnitAfterLeadAt(string[] words, IReadOnlyList<Token> tokens, int i)
    {
        if (UnitWord(words[i]) is not { } unitWord || !singularUnits.Contains(unitWord) || Excluded(words, i, i))
        {
            return null;
        }

        foreach (var lead in danglingLeads)
        {
            var start = i - lead.Length;
            if (start >= 0 && WordSequence.StartsWith(words, start, lead) && tokens[start].Clause == tokens[i].Clause)
            {
                return UnitAt(words, i) is var (unit, _) ? (unit, start) : null;
            }
        }

        return null;
    }

    // A unit word is singular when a plural of it, the same word and up to two letters more, is a unit of the same
    // kind: "hour" (hours), "Stunde" (Stunden), "día" (días).
    private bool IsSingular(string unitWord) =>
        units.Keys.Any(plural => plural.Length > unitWord.Length && plural.Length <= unitWord.Length + 2
            && plural.StartsWith(unitWord, StringComparison.Ordinal) && units[plural] == units[unitWord]);

    // A promised day and the time said right after it in its clause ("by Friday at 5 pm", "bis morgen 12 Uhr"): the
    // duration to that time (to the day without the call's start), and where it ends; the day alone when no time follows.
    private (string? Duration, int Last) DayAndTime(string[] words, IReadOnlyList<Token> tokens, int dayLast, int? days, DateTimeOffset? callStart)
    {
        var dayDuration = days is { } d ? $"P{d}D" : null;
        return !EndsClause(tokens, dayLast) && clock.AfterDayAt(words, dayLast + 1, spoken.SingleNumberAt) is var (hour, minute, timeLast)
            ? (callStart is { } from && days is not null ? DueDates.UntilTimeOfDay(from, days, hour, minute) : dayDuration, timeLast)
            : (dayDuration, dayLast);
    }

    // A duration in whole days ("P1D" of "tomorrow"), or null.
    private static int? WholeDays(string duration) =>
        XmlConvert.ToTimeSpan(duration) is { Ticks: > 0 } span && span.Ticks % TimeSpan.TicksPerDay == 0 ? span.Days : null;

    // The day a time of day falls on, said in its clause ("tomorrow by 5 pm", "by Friday at noon"): days from the
    // call's day (null when it is unknown) and where the day was said. The time's own words are not a day: "de la
    // mañana" is in the morning.
    private (int? Days, int At)? DayIn(string[] words, IReadOnlyList<Token> tokens, (int First, int Last) time, DateOnly? callDay)
    {
        for (var j = 0; j < words.Length; j++)
        {
            if (tokens[j].Clause != tokens[time.First].Clause || (j >= time.First && j <= time.Last))
            {
                continue;
            }

            if (weekdays.TryGetValue(words[j], out var weekday))
            {
                return (callDay is { } from ? DueDates.DaysUntil(from, weekday) : null, j);
            }

            if (WordSequence.FirstAt(words, j, fixedDays) is var (_, days))
            {
                return (days, j);
            }
        }

        return null;
    }

    // Exclusions are phrases: "au bout de" must end right before the number, "zu spät" start right after the unit.
    private bool Excluded(string[] words, int first, int last) =>
        excludeBefore.Exists(phrase => first >= phrase.Length && WordSequence.StartsWith(words, first - phrase.Length, phrase))
        || excludeAfter.Exists(phrase => WordSequence.StartsWith(words, last + 1, phrase));

    // Where the lead that makes the time at <paramref name="time"/> (a number or a day) a promise starts, in the
    // same clause ("in detail. 5. Submit" is a list) and governing the time ("in your inbox an hour" does not); a
    // grammar without such leads takes every time frame as a promise.
    private int? LeadBefore(string[] words, IReadOnlyList<Token> tokens, int time, List<string[]> candidates)
    {
        if (candidates.Count == 0)
        {
            return time;
        }

        foreach (var lead in candidates)
        {
            for (var start = Math.Max(0, time - lead.Length - leadReach); start <= time - lead.Length; start++)
            {
                if (WordSequence.StartsWith(words, start, lead) && tokens[start].Clause == tokens[time].Clause
                    && (verbLeads.Contains(lead) || !BreakerBetween(words, start + lead.Length, time)))
                {
                    return start;
                }
            }
        }

        return null;
    }

    private bool BreakerBetween(string[] words, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (leadBreakers.Contains(words[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsClause(IReadOnlyList<Token> tokens, int i) => i + 1 == tokens.Count || tokens[i + 1].Clause != tokens[i].Clause;

    private static List<string[]> Phrases(List<string> phrases, Tokenizer tokenizer) =>
        [.. phrases.Select(p => tokenizer.TokenizePhrase(p).ToArray()).Where(p => p.Length > 0)];

    // Pack authors write "días" or "heures"; the tokens they are compared with are accent-folded.
    private static Dictionary<string, T> Normalised<T>(Dictionary<string, T> entries, Tokenizer tokenizer)
    {
        var normalised = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            normalised.TryAdd(string.Concat(tokenizer.TokenizePhrase(key)), value);
        }

        return normalised;
    }
}
