using System.Globalization;
using System.Xml;
using AutoQa.Calls;

namespace AutoQa.Analysis.Phrases;

/// <summary>The calendar arithmetic of promises: days until a named day, working days, a time of day.</summary>
internal static class DueDates
{
    /// <summary>Days from the call's day to the first given ISO day (1 Monday to 7 Sunday) after it: a week when it is the call's own day.</summary>
    public static int DaysUntil(DateOnly callDay, int isoDay)
    {
        var today = callDay.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)callDay.DayOfWeek;
        var days = (isoDay - today + 7) % 7;
        return days == 0 ? 7 : days;
    }

    /// <summary>
    /// Days from the call's day to the next <paramref name="month"/>/<paramref name="day"/> on or after it (next
    /// year's when this year's has passed); null for a date no year has (30 February), or only a leap year has.
    /// </summary>
    public static int? DaysUntilDate(DateOnly callDay, int month, int day)
    {
        for (var year = callDay.Year; year <= callDay.Year + 1; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date >= callDay)
            {
                return date.DayNumber - callDay.DayNumber;
            }
        }

        return null;
    }

    /// <summary>
    /// Days from the call's day to the last day of a period: "day" (the call's own), "week" (its Friday; the coming
    /// one at a weekend), "next-week" (the Friday of the week after the call's; the coming one at a weekend) or
    /// "month"; null for a week or month of an unknown day.
    /// </summary>
    public static int? DaysToEndOf(string period, DateOnly? callDay) => (period, callDay) switch
    {
        ("day", _) => 0,
        ("week" or "next-week", { DayOfWeek: DayOfWeek.Saturday or DayOfWeek.Sunday } weekend) => DaysUntil(weekend, 5),
        ("week", { } day) => 5 - (int)day.DayOfWeek,
        ("next-week", { } day) => 12 - (int)day.DayOfWeek,
        ("month", { } day) => DateTime.DaysInMonth(day.Year, day.Month) - day.Day,
        _ => null,
    };

    /// <summary>
    /// The ISO 8601 duration from the call's start to a time of day, on the call's day plus <paramref name="days"/>;
    /// without them, the next such time ("by 9 am" said at 3 pm is tomorrow's).
    /// </summary>
    public static string UntilTimeOfDay(DateTimeOffset callStart, int? days, int hour, int minute)
    {
        var midnight = new DateTimeOffset(callStart.Date, callStart.Offset);
        var due = midnight.AddDays(days ?? 0).AddHours(hour).AddMinutes(minute);
        if (days is null && due <= callStart)
        {
            due = due.AddDays(1);
        }

        return XmlConvert.ToString(due - callStart);
    }

    /// <summary>
    /// When a promise of <paramref name="duration"/> (ISO 8601, from the call's start) falls due, as a reader wants
    /// it: "due 2026-12-02 17:00 +01:00", or "due by Friday 2026-12-04" for a promise in whole days.
    /// </summary>
    public static string Due(DateTimeOffset callStart, string duration) => DueAt(callStart, duration) is var (due, wholeDays) && wholeDays
        ? string.Create(CultureInfo.InvariantCulture, $"due by {due:dddd yyyy-MM-dd}")
        : string.Create(CultureInfo.InvariantCulture, $"due {due:yyyy-MM-dd HH:mm zzz}");

    /// <summary>The same as ISO 8601 that sorts: "2026-12-04", or "2026-12-02T17:00+01:00".</summary>
    public static string Sortable(DateTimeOffset callStart, string duration) => DueAt(callStart, duration) is var (due, wholeDays) && wholeDays
        ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : due.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    // A duration without a time part ("P2D", not "PT48H") is in whole days from the call's day: due by that day.
    private static (DateTimeOffset Due, bool WholeDays) DueAt(DateTimeOffset callStart, string duration) =>
        (callStart + XmlConvert.ToTimeSpan(duration), !duration.Contains('T', StringComparison.Ordinal));

    /// <summary>A number of units as an ISO 8601 duration; working days count from the call's day when it is known.</summary>
    public static string Duration(int value, string unit, DateOnly? callDay) => unit switch
    {
        "H" => $"PT{value}H",
        "M" => $"PT{value}M",
        "W" => $"P{value * 7}D",
        "B" when callDay is { } day => $"P{WorkingDays.CalendarDaysFrom(day, value)}D",
        _ => $"P{value}D",
    };
}
