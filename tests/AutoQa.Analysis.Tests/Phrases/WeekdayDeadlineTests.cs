using AutoQa.Events;

namespace AutoQa.Analysis.Tests.Phrases;

public sealed class WeekdayDeadlineTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("en", "You will have the replacement by Friday.", "P2D")]
    [InlineData("en", "We'll refund you no later than Monday.", "P5D")]
    [InlineData("en", "Someone will call you back by this Thursday.", "P1D")]
    [InlineData("en", "You'll hear from us by Wednesday.", "P7D")] // the call's own day is next week's
    [InlineData("en", "You will have it by Frday.", "P2D")] // a spelling slip in the day
    [InlineData("de", "Sie bekommen den Ersatz bis Freitag.", "P2D")]
    [InlineData("de", "Sie haben spätestens am Montag eine Antwort.", "P5D")]
    [InlineData("fr", "Vous aurez une réponse d'ici vendredi.", "P2D")]
    [InlineData("es", "Le llegará el reembolso para el viernes.", "P2D")]
    [InlineData("es", "Tendrá una respuesta antes del sábado.", "P3D")]
    public void A_promised_day_counts_in_days_from_the_call_s_day(string language, string text, string expected)
    {
        var analysis = Some.Call(language: language).StartingAt(Wednesday).Agent(20, text).Analyze();

        Assert.Equal(expected, Assert.Single(analysis.Of(QaEventKind.Deadline)).Detail);
    }

    [Theory]
    [InlineData("en", "You will have the replacement by December 10th.", "P8D")]
    [InlineData("en", "You will have the replacement by the 10th of December.", "P8D")]
    [InlineData("en", "We'll refund you no later than January 5.", "P34D")] // next year's
    [InlineData("en", "You will have it by December 4th at 5 pm.", "P2DT7H")]
    [InlineData("de", "Sie bekommen den Ersatz bis zum 10. Dezember.", "P8D")]
    [InlineData("fr", "Vous serez remboursé d'ici le 10 décembre.", "P8D")]
    [InlineData("fr", "Vous serez remboursé avant le 1er janvier.", "P30D")]
    [InlineData("es", "Le llegará el reembolso para el 10 de diciembre.", "P8D")]
    public void A_promised_date_counts_in_days_from_the_call_s_day(string language, string text, string expected)
    {
        var analysis = Some.Call(language: language).StartingAt(Wednesday).Agent(20, text).Analyze();

        Assert.Equal(expected, Assert.Single(analysis.Of(QaEventKind.Deadline)).Detail);
    }

    [Theory]
    [InlineData("en", "I see the parcel was delivered on December 1st.")]
    [InlineData("en", "You may 2 times restart it.")] // "may" without a lead is no month
    [InlineData("de", "Das Paket kam am 1. Dezember an.")]
    [InlineData("es", "El paquete llegó el 1 de diciembre.")]
    public void A_date_without_a_promise_is_no_deadline(string language, string text) =>
        Assert.Empty(Some.Call(language: language).StartingAt(Wednesday).Agent(20, text).Analyze().Of(QaEventKind.Deadline));

    [Fact]
    public void A_Monday_promised_on_a_Sunday_is_the_next_day()
    {
        var sunday = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

        var analysis = Some.Call().StartingAt(sunday).Agent(20, "You will get it by Monday.").Analyze();

        Assert.Equal("P1D", Assert.Single(analysis.Of(QaEventKind.Deadline)).Detail);
    }

    [Fact]
    public void The_call_s_day_is_the_day_in_its_own_time_zone()
    {
        var thursdayInBerlinStillWednesdayInUtc = new DateTimeOffset(2026, 12, 3, 0, 30, 0, TimeSpan.FromHours(1));

        var analysis = Some.Call().StartingAt(thursdayInBerlinStillWednesdayInUtc).Agent(20, "You will get it by Friday.").Analyze();

        Assert.Equal("P1D", Assert.Single(analysis.Of(QaEventKind.Deadline)).Detail);
    }

    [Theory]
    [InlineData("en", "I see the parcel was delivered on Friday.")]
    [InlineData("en", "So it stopped working last Monday?")]
    [InlineData("de", "Das Paket kam am Freitag an.")]
    [InlineData("fr", "Le colis est arrivé vendredi dernier.")]
    [InlineData("es", "El paquete llegó el viernes.")]
    public void A_day_without_a_promise_is_no_deadline(string language, string text) =>
        Assert.Empty(Some.Call(language: language).StartingAt(Wednesday).Agent(20, text).Analyze().Of(QaEventKind.Deadline));
}
