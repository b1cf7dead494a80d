using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>A stretch of at least the dead-air threshold where neither party speaks (holds included), from the call's start to its end.</summary>
internal static class DeadAirDetector
{
    public static void Detect(CallContext call, List<QaEvent> events)
    {
        foreach (var gap in call.Silences(call.Options.DeadAirMinSeconds))
        {
            events.Add(new QaEvent(QaEventKind.DeadAir, gap, Speaker.Unknown));
        }
    }
}
