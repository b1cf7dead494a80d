namespace AutoQa.Analysis.Phrases;

/// <summary>How the hour of a time of day is read.</summary>
internal enum ClockReading
{
    /// <summary>As said, on a 24-hour clock or in the morning ("17 Uhr", "9 am").</summary>
    AsSaid,

    /// <summary>1 to 11 are the afternoon ("5 pm", "las cinco de la tarde").</summary>
    Afternoon,

    /// <summary>A 12-hour clock without am or pm, read in working hours: 1 to 7 are the afternoon ("by 5 o'clock").</summary>
    TwelveHour,
}

/// <summary>The pack's names of the readings.</summary>
internal static class ClockReadingNames
{
    /// <summary>The reading a pack names ("pm", "as-said", "12-hour"), or null.</summary>
    public static ClockReading? Parse(string name) => name switch
    {
        "pm" => ClockReading.Afternoon,
        "as-said" => ClockReading.AsSaid,
        "12-hour" => ClockReading.TwelveHour,
        _ => null,
    };

    /// <summary>The hour of the day that <paramref name="hour"/> read this way is.</summary>
    public static int HourOfDay(this ClockReading reading, int hour) => reading switch
    {
        ClockReading.Afternoon when hour < 12 => hour + 12,
        ClockReading.TwelveHour when hour is >= 1 and <= 7 => hour + 12,
        _ => hour,
    };
}
