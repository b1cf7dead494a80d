namespace AutoQa.Analysis.Phrases;

/// <summary>How a language states a time frame: number words, units, and the words around them.</summary>
public sealed class DeadlineGrammar
{
    private static readonly string[] ValidUnits = ["H", "M", "D", "W", "B"];

    /// <summary>Number words and their values ("a": 1, "forty": 40); compounds add up ("forty eight").</summary>
    public Dictionary<string, int> Numbers { get; init; } = [];

    /// <summary>Words joining a compound number ("y" in "cuarenta y ocho").</summary>
    public List<string> Connectors { get; init; } = [];

    /// <summary>Words allowed between the number and the unit ("business", "next").</summary>
    public List<string> Fillers { get; init; } = [];

    /// <summary>
    /// Words between two numbers that make a range ("2 to 3 days", "zwei bis drei Tage"): the later number is the
    /// promise. Digits joined by a hyphen ("24-48 hours") are a range without one.
    /// </summary>
    public List<string> RangeWords { get; init; } = [];

    /// <summary>
    /// Unit words and their designator: "H" (hours), "M" (minutes), "D" (days), "W" (weeks), or "B" (working days,
    /// "Werktage"), which count Monday to Friday from the call's day.
    /// </summary>
    public Dictionary<string, string> Units { get; init; } = [];

    /// <summary>Words right before or after a day unit that make it working days ("business", "ouvrés", "hábiles").</summary>
    public List<string> BusinessDayWords { get; init; } = [];

    /// <summary>How a time of day is promised ("by 5 pm", "bis 17 Uhr", "d'ici 17h30", "antes de las cinco").</summary>
    public ClockGrammar Clock { get; init; } = new();

    /// <summary>
    /// Whole expressions that promise the end of a period, "day", "week" (its Friday), "next-week" (the next one's
    /// Friday) or "month": "by the end of the day" is P0D, "by the end of the week" on a Wednesday P2D and "next week"
    /// P9D, counted in days from the call's day like a day name.
    /// </summary>
    public Dictionary<string, string> PeriodEnds { get; init; } = [];

    /// <summary>Words or phrases that, right before a fixed expression, make it no time frame: "Guten Morgen", "esta mañana".</summary>
    public List<string> FixedExcludeBefore { get; init; } = [];

    /// <summary>Whole expressions with a fixed duration ("tomorrow": "P1D").</summary>
    public Dictionary<string, string> Fixed { get; init; } = [];

    /// <summary>
    /// Words or phrases that make a time frame a promise ("within", "in", "sous", "dentro de"); one must end at
    /// most <see cref="LeadReach"/> words before the number. Empty: every time frame counts.
    /// </summary>
    public List<string> Leads { get; init; } = [];

    /// <summary>How many words may stand between a lead and the number ("within the next 48 hours"). The default is 2.</summary>
    public int LeadReach { get; init; } = 2;

    /// <summary>
    /// Verbs that make a time frame a promise like a lead ("it takes 3 days"); their object may stand between them and
    /// the number ("it will take our team 3 days"), so <see cref="LeadBreakers"/> do not apply to them.
    /// </summary>
    public List<string> VerbLeads { get; init; } = [];

    /// <summary>
    /// Words that, standing between a lead and the number, show that the lead governs something other than the time:
    /// possessives. "the label is in your inbox [now->an hour]" promises nothing; "within the next 48 hours" does.
    /// </summary>
    public List<string> LeadBreakers { get; init; } = [];

    /// <summary>Words or phrases that, right before the number, make it a past or elapsed time ("for", "since", "au bout de").</summary>
    public List<string> ExcludeBefore { get; init; } = [];

    /// <summary>Words or phrases that, right after the unit, make it a past time ("ago", "zu spät").</summary>
    public List<string> ExcludeAfter { get; init; } = [];

    /// <summary>
    /// Leads that, ending a clause or the turn, tell a time frame whose time was lost: recognisers drop a turn's last
    /// word ("you will have an answer by [tomorrow]"). Such a lead is a partial time frame; "in" and "on" end too
    /// many clauses ("plug it in") to be among them.
    /// </summary>
    public List<string> DanglingLeads { get; init; } = [];

    /// <summary>
    /// Words for "at the latest" ("spätestens", "au plus tard", "como muy tarde"): they go only with a promised time,
    /// so heard where no time frame is, the time was lost ("una respuesta [mañana] como muy tarde"), and the promise
    /// is a partial time frame.
    /// </summary>
    public List<string> AtTheLatest { get; init; } = [];

    /// <summary>
    /// Day names and their ISO 8601 number, 1 (Monday) to 7 (Sunday): "by Friday" is due on the first Friday after
    /// the call's day, in days from it.
    /// </summary>
    public Dictionary<string, int> Weekdays { get; init; } = [];

    /// <summary>
    /// Words or phrases that make a day name a promise ("by", "bis", "d'ici", "para el"); one must end at most
    /// <see cref="LeadReach"/> words before the day ("by this Friday"): "on Friday" may be the day it broke.
    /// Empty: every day name counts.
    /// </summary>
    public List<string> WeekdayLeads { get; init; } = [];

    /// <summary>
    /// How a date is said after a day lead ("by January 5th", "bis zum 5. Januar", "d'ici le 5 janvier", "para el 5
    /// de enero"): due on its next occurrence from the call's day.
    /// </summary>
    public CalendarDateGrammar Dates { get; init; } = new();

    /// <summary>What is wrong with the grammar's values, one line each; empty when nothing is.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (unit, designator) in Units.Where(u => !ValidUnits.Contains(u.Value)))
        {
            yield return $"deadline unit '{unit}' is '{designator}'; use H (hours), M (minutes), D (days), W (weeks) or B (working days)";
        }

        foreach (var (day, number) in Weekdays.Where(d => d.Value is < 1 or > 7))
        {
            yield return $"weekday '{day}' is {number}; use 1 (Monday) to 7 (Sunday)";
        }

        foreach (var problem in Clock.Problems().Concat(Dates.Problems()))
        {
            yield return problem;
        }

        foreach (var (expression, period) in PeriodEnds.Where(p => p.Value is not ("day" or "week" or "next-week" or "month")))
        {
            yield return $"period end '{expression}' is '{period}'; use day, week, next-week or month";
        }

        foreach (var (expression, duration) in Fixed.Where(f => !IsDuration(f.Value)))
        {
            yield return $"fixed deadline '{expression}' is '{duration}'; use an ISO 8601 duration such as P1D or PT1H";
        }
    }

    private static bool IsDuration(string value)
    {
        try
        {
            System.Xml.XmlConvert.ToTimeSpan(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
