using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Phrases;

/// <summary>Ranges, working days and times of day, as agents promise them and recognisers write them.</summary>
public sealed class DeadlineNormalisationTests
{
    private static readonly DateTimeOffset WednesdayAt10 = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset FridayAt10 = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("en", "It usually takes 3 to 5 business days to arrive.", "P7D")] // Wednesday: the fifth working day is next Wednesday
    [InlineData("en", "You will get the refund within 24-48 hours.", "PT48H")]
    [InlineData("en", "You will get the refund within 24-48h.", "PT48H")]
    [InlineData("en", "Someone will call you back in two or three days.", "P3D")]
    [InlineData("en", "You'll have it between two and three weeks from now.", "P21D")]
    [InlineData("en", "It can take up to 10 days.", "P10D")]
    [InlineData("en", "You will hear from us within forty-eight hours.", "PT48H")]
    [InlineData("de", "Sie bekommen innerhalb von 3 bis 5 Tagen eine Antwort.", "P5D")]
    [InlineData("fr", "Vous serez remboursé sous 3 à 5 jours.", "P5D")]
    [InlineData("fr", "Vous aurez une réponse entre deux et trois jours.", "P3D")]
    [InlineData("es", "Le llegará en un plazo de 3 a 5 días.", "P5D")]
    [InlineData("es", "Recibirá una respuesta en cuarenta y ocho horas.", "PT48H")]
    [InlineData("en", "Someone will call you back in a couple of days.", "P2D")]
    [InlineData("en", "I'll call you back in half an hour.", "PT30M")]
    [InlineData("de", "Ich rufe Sie in einer halben Stunde zurück.", "PT30M")]
    [InlineData("fr", "Je vous rappelle dans une demi-heure.", "PT30M")]
    [InlineData("es", "Le llamo en media hora.", "PT30M")]
    [InlineData("en", "We'll get back to you within a day or two.", "P2D")] // the range's end after the unit
    [InlineData("en", "I will call you back in an hour or two.", "PT2H")]
    [InlineData("fr", "Je vous rappelle dans un jour ou deux.", "P2D")]
    [InlineData("es", "Le llamamos en un día o dos.", "P2D")]
    public void Ranges_couples_and_half_hours_are_normalised(string language, string text, string expected) =>
        Assert.Equal(expected, DeadlineOf(language, text, WednesdayAt10));

    [Theory]
    [InlineData("en", "You will have the refund in 3 business days.", "P5D")] // Friday: Monday, Tuesday, Wednesday
    [InlineData("en", "You will have the refund within 3 working days.", "P5D")]
    [InlineData("de", "Sie erhalten die Erstattung innerhalb von 3 Werktagen.", "P5D")]
    [InlineData("fr", "Vous serez remboursé sous 3 jours ouvrés.", "P5D")]
    [InlineData("es", "Recibirá el reembolso en 3 días hábiles.", "P5D")]
    public void Working_days_skip_the_weekend(string language, string text, string expected) =>
        Assert.Equal(expected, DeadlineOf(language, text, FridayAt10));

    [Fact]
    public void Working_days_of_a_call_of_unknown_date_count_as_days() =>
        Assert.Equal("P3D", DeadlineOf("en", "You will have the refund in 3 business days.", null));

    [Fact]
    public void Tomorrow_at_a_time_on_a_call_of_unknown_start_is_tomorrow() =>
        Assert.Equal("P1D", DeadlineOf("en", "You will get an email by tomorrow at 5 pm.", null));

    [Theory]
    [InlineData("en", "You will get an email by 5 pm.", "PT7H")]
    [InlineData("en", "You will get an email by 5 p.m. today.", "PT7H")]
    [InlineData("en", "You will get an email by 5:30pm.", "PT7H30M")]
    [InlineData("en", "Someone will call you before 3 o'clock.", "PT5H")]
    [InlineData("en", "You will get an email by noon.", "PT2H")]
    [InlineData("en", "You will get an email by 17:00.", "PT7H")]
    [InlineData("en", "You will get an email by 9 am.", "PT23H")] // said after 9: tomorrow's
    [InlineData("en", "You will get an email tomorrow by 5 pm.", "P1DT7H")]
    [InlineData("en", "You will get an email by 11 am on Friday.", "P2DT1H")]
    [InlineData("de", "Sie bekommen bis 17 Uhr eine E-Mail.", "PT7H")]
    [InlineData("de", "Sie bekommen bis 17h eine E-Mail.", "PT7H")]
    [InlineData("de", "Sie bekommen morgen bis 12 Uhr eine Antwort.", "P1DT2H")]
    [InlineData("fr", "Vous aurez une réponse d'ici 17h.", "PT7H")] // a time of day, not 17 hours
    [InlineData("fr", "Vous aurez une réponse avant 17h30.", "PT7H30M")]
    [InlineData("fr", "Vous aurez une réponse d'ici 2 heures.", "PT2H")] // hours, not a time of day
    [InlineData("fr", "Vous aurez une réponse d'ici 2h.", "PT2H")] // nobody promises two in the morning
    [InlineData("fr", "Vous aurez une réponse sous 48h.", "PT48H")]
    [InlineData("fr", "Vous aurez une réponse d'ici 9h.", "PT23H")] // said after nine: tomorrow's
    [InlineData("fr", "Vous aurez une réponse demain avant midi.", "P1DT2H")]
    [InlineData("es", "Tendrá una respuesta antes de las cinco de la tarde.", "PT7H")]
    [InlineData("es", "Tendrá una respuesta antes de las 11 de la mañana.", "PT1H")] // the morning, not tomorrow
    [InlineData("es", "Tendrá una respuesta mañana antes de las 12.", "P1DT2H")]
    [InlineData("en", "You will get an email by tomorrow at 5 pm.", "P1DT7H")] // a time right after the promised day
    [InlineData("en", "You will get an email by Friday at 5 pm.", "P2DT7H")]
    [InlineData("en", "Someone will call you tomorrow at 3.", "P1DT5H")] // a bare hour after "at": in working hours
    [InlineData("en", "You will get an email by tomorrow noon.", "P1DT2H")]
    [InlineData("de", "Sie bekommen bis morgen 12 Uhr eine Antwort.", "P1DT2H")]
    [InlineData("de", "Sie bekommen bis Freitag um 17 Uhr eine Antwort.", "P2DT7H")]
    [InlineData("fr", "Vous aurez une réponse d'ici demain midi.", "P1DT2H")]
    [InlineData("es", "Tendrá una respuesta mañana a las cinco de la tarde.", "P1DT7H")]
    [InlineData("es", "Tendrá una respuesta antes del mediodía.", "PT2H")]
    [InlineData("es", "Tendrá una respuesta mañana antes del mediodía.", "P1DT2H")]
    [InlineData("en", "You will get it by tomorrow. 5 pm is when we close.", "P1D")] // a time in the next sentence is not the day's
    [InlineData("en", "You will get it by Friday, 3 items in one parcel.", "P2D")]
    public void A_time_of_day_counts_from_the_call_s_start(string language, string text, string expected) =>
        Assert.Equal(expected, DeadlineOf(language, text, WednesdayAt10));

    [Theory]
    [InlineData("en", "You will have an answer by end of day.", "P0D")]
    [InlineData("en", "You will have the refund by the end of the week.", "P2D")] // Friday
    [InlineData("en", "You will have the refund by the end of the month.", "P29D")] // 31 December
    [InlineData("de", "Sie bekommen die Erstattung bis Ende der Woche.", "P2D")]
    [InlineData("fr", "Vous serez remboursé d'ici la fin du mois.", "P29D")]
    [InlineData("es", "Recibirá el reembolso para finales de semana.", "P2D")]
    [InlineData("en", "The technician will contact you early next week.", "P9D")] // the Friday after next
    [InlineData("en", "You will have it by the end of next week.", "P9D")]
    [InlineData("de", "Sie bekommen nächste Woche eine Antwort.", "P9D")]
    [InlineData("fr", "Vous aurez une réponse la semaine prochaine.", "P9D")]
    [InlineData("es", "Recibirá una respuesta la semana que viene.", "P9D")]
    [InlineData("en", "You will have the refund by the end of the mnth.", "P29D")] // a spelling slip
    [InlineData("de", "Sie bekommen die Erstattung bis Ende der Wohe.", "P2D")]
    public void The_end_of_a_period_counts_in_days_from_the_call_s_day(string language, string text, string expected) =>
        Assert.Equal(expected, DeadlineOf(language, text, WednesdayAt10));

    [Theory]
    [InlineData(2026, 12, 4, "by the end of the week", "P0D")] // a Friday: that day
    [InlineData(2026, 12, 5, "by the end of the week", "P6D")] // a Saturday: the coming Friday
    [InlineData(2026, 12, 6, "next week", "P5D")] // a Sunday: the coming week
    [InlineData(2026, 12, 4, "next week", "P7D")]
    public void A_week_s_end_on_a_Friday_or_at_the_weekend(int year, int month, int day, string period, string expected) =>
        Assert.Equal(expected, DeadlineOf("en", $"You will have the refund {period}.", new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("You will have the refund by the end of the week.", "by the end of the week")]
    [InlineData("You will get an email by 5 pm.", "by 5 pm")]
    [InlineData("You will have the replacement by Friday.", "by Friday")]
    [InlineData("You will have the replacement by Friday at 5 pm.", "by Friday at 5 pm")]
    public void A_calendar_promise_on_a_call_of_unknown_start_is_a_deadline_without_a_duration(string text, string quoted)
    {
        var analysis = Some.Call().Agent(20, text).Analyze();

        var deadline = Assert.Single(analysis.Of(QaEventKind.Deadline));
        Assert.Null(deadline.Detail);
        Assert.Contains(quoted, deadline.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The parcel arrived at 5 pm yesterday.")]
    [InlineData("en", "Our hours are 9 to 5.")]
    [InlineData("en", "I can take 10 percent off.")]
    [InlineData("en", "You have been waiting for about two weeks.")]
    [InlineData("en", "It stopped working after about two weeks.")]
    [InlineData("de", "Das Paket kam um 17 Uhr an.")]
    [InlineData("fr", "Le colis est arrivé à 17h.")]
    [InlineData("de", "Das Paket kam um 17h an.")]
    [InlineData("es", "El paquete llegó a las cinco de la tarde.")]
    [InlineData("de", "Guten Morgen, hier ist Stefan vom Kundenservice.")] // "morgen" is tomorrow
    [InlineData("de", "Das Paket kam heute Morgen an.")]
    [InlineData("es", "El paquete salió esta mañana.")] // "mañana" is tomorrow
    [InlineData("es", "Le llamamos por la mañana.")]
    [InlineData("de", "Machen Sie sich keine Sorgen, das klären wir.")] // no slip of "morgen"
    [InlineData("de", "Wir sind morgens ab acht erreichbar.")]
    [InlineData("de", "Gutn Morgen, hier ist Stefan vom Kundenservice.")] // the exclusion's words forgive a slip too
    [InlineData("en", "The return label is in your inbox an hour.")] // PocketSphinx's "in your inbox [now]"
    [InlineData("en", "I'm sorry for the delay in receiving your $299 refund.")]
    [InlineData("de", "Das Etikett ist in Ihrem Postfach eine Stunde.")]
    [InlineData("fr", "L'étiquette est dans votre boîte une heure.")]
    [InlineData("es", "La etiqueta está en su bandeja una hora.")]
    [InlineData("en", "It broke on Monday.")]
    [InlineData("en", "I placed the order 3 business days ago.")]
    [InlineData("en", "It has been 3 business days.")]
    [InlineData("en", "You have 30 business days to return it.")] // a return window
    [InlineData("en", "We will contact you about the order you placed on Monday.")] // the day is the order's
    public void A_time_without_a_promise_is_no_deadline(string language, string text)
    {
        var analysis = Some.Call(language: language).StartingAt(WednesdayAt10).Agent(20, text).Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Deadline));
        Assert.DoesNotContain(analysis.PartialPhrases, e => e.Kind == QaEventKind.Deadline);
    }

    [Theory]
    [InlineData("en", "You will have an answer from the team at the latest.")]
    [InlineData("de", "Sie hören spätestens von uns.")]
    [InlineData("fr", "Vous aurez une réponse au plus tard.")]
    [InlineData("es", "Tendrá una respuesta como muy tarde.")]
    [InlineData("es", "Le llamaremos a más tardar.")]
    [InlineData("fr", "Je vous rappelle l'heure.")] // "[dans] l'heure" in a promise to get back
    [InlineData("de", "Ich rufe Sie einer Stunde zurück.")] // "[innerhalb] einer Stunde"
    [InlineData("es", "Le llamo una hora.")]
    [InlineData("en", "You'll hear back from us 3 business.")]
    [InlineData("de", "Sie bekommen innerhalb von die Rückmeldung.")] // "innerhalb von [48 Stunden]"
    public void What_is_left_of_a_promised_time_is_a_promise_heard_in_part(string language, string text)
    {
        var analysis = Some.Call(language: language).StartingAt(WednesdayAt10).Agent(20, text).Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Deadline));
        Assert.Contains(analysis.PartialPhrases, e => e.Kind == QaEventKind.Deadline);
    }

    [Theory]
    [InlineData("en", "You will have an answer tomorrow at the latest.", "P1D")]
    [InlineData("de", "Sie hören spätestens morgen von uns.", "P1D")]
    [InlineData("fr", "Vous aurez une réponse demain au plus tard.", "P1D")]
    [InlineData("es", "Tendrá una respuesta mañana como muy tarde.", "P1D")]
    [InlineData("es", "Le llamo dentro una hora.", "PT1H")] // "dentro [de]"
    [InlineData("en", "It will take our team 3 days to repair it.", "P3D")] // a verb's object is no breaker
    [InlineData("en", "You will hear from us within the next 48 hours.", "PT48H")]
    [InlineData("en", "I'll call you back in about an hour.", "PT1H")]
    [InlineData("en", "We will call you back within the next hour.", "PT1H")]
    [InlineData("en", "I'll call you back later today.", "P0D")]
    [InlineData("en", "You'll get an email tonight.", "P0D")]
    [InlineData("de", "Sie hören heute noch von uns.", "P0D")]
    [InlineData("de", "Ich rufe Sie in der nächsten Stunde zurück.", "PT1H")]
    [InlineData("fr", "Vous aurez une réponse dans la journée.", "P0D")]
    [InlineData("fr", "Je vous rappelle dans la prochaine heure.", "PT1H")]
    [InlineData("es", "Le respondemos hoy mismo.", "P0D")]
    [InlineData("es", "Le llamo en la próxima hora.", "PT1H")]
    [InlineData("en", "You will hear from us within about 2 days.", "P2D")]
    [InlineData("en", "It takes about 3 days to arrive.", "P3D")]
    [InlineData("de", "Ich rufe Sie in etwa einer Stunde zurück.", "PT1H")]
    [InlineData("fr", "Je vous rappelle dans environ une heure.", "PT1H")]
    [InlineData("es", "Le llamo en aproximadamente una hora.", "PT1H")]
    public void A_promise_with_its_time_is_a_deadline(string language, string text, string expected) =>
        Assert.Equal(expected, DeadlineOf(language, text, WednesdayAt10));

    [Theory]
    [InlineData("en", "I'll call you back within hour.", "PT1H")] // "within [an] hour"
    [InlineData("de", "Ich rufe Sie innerhalb Stunde zurück.", "PT1H")]
    [InlineData("fr", "Je vous rappelle d'ici heure.", "PT1H")]
    [InlineData("es", "Le llamo dentro de hora.", "PT1H")]
    [InlineData("en", "I'll call you back within an hur.", "PT1H")] // a unit's slip, three letters left
    [InlineData("en", "You'll hear back from us in 3 business das.", "P5D")]
    [InlineData("es", "Le llamo dentro de hoa.", "PT1H")] // both: "dentro de [una] hora"
    [InlineData("en", "You'l her from us in 3 business lot", "P5D")] // "in 3 business [days->lot]"
    [InlineData("en", "You'll hear back from us 3 business days.", "P5D")] // working days need no lead
    [InlineData("es", "Recibirá el reembolso 3 días hábiles.", "P5D")]
    public void A_promise_that_lost_its_article_or_a_unit_s_letter_is_a_deadline(string language, string text, string expected) =>
        Assert.Equal(expected, DeadlineOf(language, text, WednesdayAt10));

    [Theory]
    [InlineData("en", "we'd love a quick review by our store page")] // "our" is no slip of "hour"
    [InlineData("en", "are 5 our regional warehouse, and come with prepaid return")]
    [InlineData("es", "Le das tu número de pedido, por favor.")] // nor "das" of "días" outside a time frame
    public void A_unit_word_without_its_number_is_no_deadline(string language, string text)
    {
        var analysis = Some.Call(language: language).StartingAt(WednesdayAt10).Agent(20, text).Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Deadline));
        Assert.DoesNotContain(analysis.PartialPhrases, e => e.Kind == QaEventKind.Deadline);
    }

    [Theory]
    [InlineData("en", "Allow 3-5 business days for the refund to show.", "P7D")] // a verb that leads a time frame
    [InlineData("en", "Give it 24 hours and it should update.", "PT24H")]
    [InlineData("de", "Rechnen Sie mit 3 bis 5 Werktagen.", "P7D")]
    [InlineData("fr", "Comptez 3 à 5 jours ouvrés.", "P7D")]
    [InlineData("es", "Cuente con 3 a 5 días hábiles.", "P7D")]
    [InlineData("en", "I will call you back on Monday.", "P5D")] // a day right after a promise to get back
    [InlineData("de", "Ich rufe Sie am Montag zurück.", "P5D")]
    [InlineData("fr", "Je vous rappelle lundi.", "P5D")]
    [InlineData("es", "Le llamo el lunes.", "P5D")]
    [InlineData("en", "You'll have it by close of business today.", "P0D")] // the end of the working day
    [InlineData("en", "You'll have an answer by the end of the business day.", "P0D")]
    [InlineData("en", "You'll hear from us by EOD.", "P0D")]
    [InlineData("de", "Sie bekommen bis Ende des Tages eine Antwort.", "P0D")]
    [InlineData("fr", "Vous aurez une réponse d'ici la fin de la journée.", "P0D")]
    public void Common_ways_to_promise_a_time_are_deadlines(string language, string text, string expected) =>
        Assert.Equal(expected, DeadlineOf(language, text, WednesdayAt10));

    [Theory]
    [InlineData("Someone from the team will call you back by 5 pm.", "due 2026-12-02 17:00 +01:00")]
    [InlineData("Someone from the team will call you back by Friday.", "due by Friday 2026-12-04")]
    public void The_timeline_item_says_when_the_promise_falls_due(string promise, string due)
    {
        var result = Some.Call(100).StartingAt(WednesdayAt10)
            .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
            .Customer(6, "Hi, my blender will not charge at all.")
            .Agent(20, promise)
            .Customer(30, "Alright, I'll wait to hear from you.")
            .Run();

        var item = result.Scorecard.Items.Single(i => i.Id == "accuracy.timeline-commitment");
        Assert.Equal(RubricAnswer.Yes, item.SuggestedAnswer);
        Assert.Contains(item.Evidence, e => e.Note == due);
    }

    private static string? DeadlineOf(string language, string text, DateTimeOffset? start)
    {
        var call = Some.Call(language: language).Agent(20, text);
        var analysis = (start is { } at ? call.StartingAt(at) : call).Analyze();
        return Assert.Single(analysis.Of(QaEventKind.Deadline)).Detail;
    }
}
