using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>Computes <see cref="CallMetrics"/> from a call's turns and its interruption, dead-air and hold events.</summary>
internal static class MetricsCalculator
{
    public static CallMetrics Compute(IReadOnlyList<Turn> turns, IReadOnlyList<QaEvent> events, double duration, AnalysisOptions options)
    {
        var agent = Party(Speaker.Agent, turns, events);
        var customer = Party(Speaker.Customer, turns, events);
        var talk = agent.TalkSeconds + customer.TalkSeconds;
        var silences = Silences(turns, duration, options.NonTalkMinSeconds);
        return new CallMetrics(
            agent,
            customer,
            talk > 0 ? agent.TalkSeconds / talk : 0,
            silences.Sum(s => s.Duration),
            silences,
            events.Where(e => e.Kind == QaEventKind.DeadAir).Sum(e => e.Range.Duration),
            events.Count(e => e.Kind == QaEventKind.Hold),
            events.Where(e => e.Kind == QaEventKind.Hold).Sum(e => e.Range.Duration));
    }

    private static PartyMetrics Party(Speaker speaker, IReadOnlyList<Turn> turns, IReadOnlyList<QaEvent> events)
    {
        var own = turns.Where(t => t.Speaker == speaker).ToList();
        var talk = Union(own.Select(t => new TimeRange(t.Start, t.End))).Sum(r => r.Duration);
        var words = own.Sum(t => t.Words.Count);
        var interruptions = events.Where(e => e.Kind == QaEventKind.Interruption && e.Speaker == speaker).ToList();
        return new PartyMetrics(
            speaker,
            own.Count,
            talk,
            talk > 0 ? words / (talk / 60) : 0,
            own.Count > 0 ? own.Max(t => t.Duration) : 0,
            interruptions.Count,
            interruptions.Sum(e => e.Range.Duration));
    }

    private static List<TimeRange> Silences(IReadOnlyList<Turn> turns, double duration, double minimum)
    {
        var silences = new List<TimeRange>();
        var spokenUntil = 0.0;
        foreach (var speech in Union(turns.Select(t => new TimeRange(t.Start, t.End))).Append(new TimeRange(duration, duration)))
        {
            if (speech.Start - spokenUntil >= minimum)
            {
                silences.Add(new TimeRange(spokenUntil, speech.Start));
            }

            spokenUntil = Math.Max(spokenUntil, speech.End);
        }

        return silences;
    }

    private static List<TimeRange> Union(IEnumerable<TimeRange> ranges)
    {
        var merged = new List<TimeRange>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
