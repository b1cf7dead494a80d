namespace AutoQa.Calls;

/// <summary>Working days (Monday to Friday) as calendar days: what "in 3 business days" promises.</summary>
public static class WorkingDays
{
    /// <summary>Calendar days from <paramref name="day"/> to the end of <paramref name="workingDays"/> working days after it.</summary>
    public static int CalendarDaysFrom(DateOnly day, int workingDays)
    {
        var end = day;
        for (var counted = 0; counted < workingDays;)
        {
            end = end.AddDays(1);
            if (end.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return end.DayNumber - day.DayNumber;
    }
}
