using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>A stretch of at least the dead-air threshold where neither party speaks (holds included), from the call's start to its end.</summary>
internal static class DeadAirDetector
{
    public static void Detect(CallContext call, List<QaEvent> events)
    {
        foreach (var gap in Silences(call, call.Options.DeadAirMinSeconds))
        {
            events.Add(new QaEvent(QaEventKind.DeadAir, gap, Speaker.Unknown));
        }
    }

    /// <summary>Every silence of at least <paramref name="minimum"/> seconds, the call's start and end included.</summary>
    public static IEnumerable<TimeRange> Silences(CallContext call, double minimum)
    {
        var spokenUntil = 0.0;
        foreach (var turn in call.Turns)
        {
            if (turn.Turn.Start - spokenUntil >= minimum)
            {
                yield return new TimeRange(spokenUntil, turn.Turn.Start);
            }

            spokenUntil = Math.Max(spokenUntil, turn.Turn.End);
        }

        if (call.Duration - spokenUntil >= minimum)
        {
            yield return new TimeRange(spokenUntil, call.Duration);
        }
    }
}
