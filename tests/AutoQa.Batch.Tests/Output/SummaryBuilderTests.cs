using AutoQa.Batch.Output;
using AutoQa.Batch.Resume;

namespace AutoQa.Batch.Tests.Output;

public sealed class SummaryBuilderTests
{
    [Fact]
    public void An_agent_s_average_takes_only_the_calls_scored_and_says_how_many()
    {
        // call-2 has no agent score: its speakers were unknown, or most of its items were left to a person.
        var summary = SummaryBuilder.Build([Entry("call-1", 80), Entry("call-2", null), Entry("call-3", 60)], "config", []);

        var agent = Assert.Single(summary.Agents);
        Assert.Equal((3, 2, 70.0), (agent.Calls, agent.Scored, agent.AverageScore));
        Assert.Contains("agent,agent-1,sales,3,1,2,70.0,", SummaryCsv.Render(summary), StringComparison.Ordinal);
    }

    private static LedgerEntry Entry(string callId, double? score) => new(
        callId, callId + ".wav", "hash-" + callId, "config", callId + ".json", 60, "agent-1", "sales", score,
        Flagged: score is null, score is null ? ["undecided"] : [], [], DateTimeOffset.UnixEpoch);
}
