using AutoQa.Analysis.Results;
using AutoQa.Batch.Output;
using AutoQa.Batch.Resume;

namespace AutoQa.Batch.Tests;

public sealed class PromisesCsvTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Promises_are_listed_soonest_due_first_then_those_without_a_due_date()
    {
        var calls = new[]
        {
            Call("call-2", new Promise(80, "P2D", "2026-12-04", "You will have it by Friday.", HeardInPart: false)),
            Call("call-1", new Promise(95.25, null, null, "You will have an answer by", HeardInPart: true)),
            Call("call-3", new Promise(60, "PT7H", "2026-12-02T17:00+01:00", "Someone will call you back by 5 pm, okay?", HeardInPart: false)),
            Call("call-4"),
        };

        var lines = PromisesCsv.Render(calls).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "due,call_id,agent,team,call_start,at_seconds,promised,heard,quote,output",
                "2026-12-02T17:00+01:00,call-3,anna,returns,2026-12-02T10:00:00+01:00,60,PT7H,in full,\"Someone will call you back by 5 pm, okay?\",calls/call-3.json",
                "2026-12-04,call-2,anna,returns,2026-12-02T10:00:00+01:00,80,P2D,in full,You will have it by Friday.,calls/call-2.json",
                ",call-1,anna,returns,2026-12-02T10:00:00+01:00,95.25,,in part,You will have an answer by,calls/call-1.json",
            ],
            lines);
    }

    [Fact]
    public void Promises_due_in_other_time_zones_are_listed_by_when_they_fall_due()
    {
        var calls = new[]
        {
            Call("call-london", new Promise(50, "PT7H", "2026-12-02T16:30+00:00", "by half past four", HeardInPart: false)),
            Call("call-berlin", new Promise(60, "PT7H", "2026-12-02T17:00+01:00", "bis 17 Uhr", HeardInPart: false)),
            Call("call-day", new Promise(70, "P0D", "2026-12-02", "by the end of the day", HeardInPart: false)),
        };

        var order = PromisesCsv.Render(calls).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[1]);

        Assert.Equal(["call-berlin", "call-london", "call-day"], order);
    }

    private static LedgerEntry Call(string id, params Promise[] promises) =>
        new(id, id + ".wav", "hash", "config", $"calls/{id}.json", 120, "anna", "returns", 80, false, [], [], Start, Start, promises);
}
