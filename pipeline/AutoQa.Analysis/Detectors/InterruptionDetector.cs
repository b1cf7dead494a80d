using AutoQa.Events;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// A party starts a non-backchannel utterance while the other party's utterance still has the minimum remaining
/// time to run, and the two overlap for the minimum overlap. The event runs from the interrupter's onset to the
/// end of the overlap.
/// </summary>
internal static class InterruptionDetector
{
    public static void Detect(CallContext call, List<QaEvent> events)
    {
        var options = call.Options;
        foreach (var interrupter in call.Turns.Where(t => !t.Turn.Backchannel))
        {
            var onset = interrupter.Turn.Start;
            foreach (var other in call.Turns)
            {
                if (other.Turn.Speaker == interrupter.Turn.Speaker || other.Turn.Start >= onset || other.Turn.End <= onset)
                {
                    continue;
                }

                var overlapEnd = Math.Min(other.Turn.End, interrupter.Turn.End);
                if (other.Turn.End - onset >= options.InterruptionMinRemainingSeconds
                    && overlapEnd - onset >= options.InterruptionMinOverlapSeconds)
                {
                    events.Add(new QaEvent(
                        QaEventKind.Interruption,
                        new TimeRange(onset, overlapEnd),
                        interrupter.Turn.Speaker,
                        Quote: CallContext.Quote(interrupter.Turn)));
                    break;
                }
            }
        }
    }
}
