using AutoQa.Calls;

namespace AutoQa.Core.Tests;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(2026, 11, 30, 3, 3)] // Monday: Thursday
    [InlineData(2026, 12, 2, 3, 5)] // Wednesday: Monday
    [InlineData(2026, 12, 4, 3, 5)] // Friday: Wednesday
    [InlineData(2026, 12, 5, 1, 2)] // Saturday: Monday
    [InlineData(2026, 12, 6, 5, 5)] // Sunday: Friday
    [InlineData(2026, 12, 4, 10, 14)] // Friday: two weeks on
    public void Working_days_skip_weekends(int year, int month, int day, int workingDays, int calendarDays) =>
        Assert.Equal(calendarDays, WorkingDays.CalendarDaysFrom(new DateOnly(year, month, day), workingDays));
}
