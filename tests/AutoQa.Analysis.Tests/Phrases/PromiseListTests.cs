using AutoQa.Analysis.Results;

namespace AutoQa.Analysis.Tests.Phrases;

public sealed class PromiseListTests
{
    private static readonly DateTimeOffset WednesdayAt10 = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_call_s_promises_carry_their_due_time_and_those_heard_in_part_are_listed_for_a_person()
    {
        var analysis = Some.Call(120).StartingAt(WednesdayAt10)
            .Agent(20, "Someone from the team will call you back by 5 pm.")
            .Agent(40, "And you will have the replacement by Friday.")
            .Agent(60, "The refund itself takes within 48 more, okay?")
            .Analyze();

        var promises = Promise.AllIn(analysis);

        Assert.Equal(
            [("PT7H", "2026-12-02T17:00+01:00", false), ("P2D", "2026-12-04", false), (null, null, true)],
            promises.Select(p => (p.Duration, p.Due, p.HeardInPart)));
        // Where the promise's words were said, in each utterance.
        Assert.Equal([20, 40, 60], promises.Select(p => (int)Math.Floor(p.AtSeconds / 20) * 20));
    }

    [Fact]
    public void Without_the_call_s_start_time_a_promise_has_no_due_time()
    {
        var analysis = Some.Call().Agent(20, "You will hear from us within 48 hours.").Analyze();

        var promise = Assert.Single(Promise.AllIn(analysis));
        Assert.Equal(("PT48H", null), (promise.Duration, promise.Due));
    }
}
