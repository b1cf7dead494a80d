using AutoQa.Analysis.Timeline;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// A customer stretch of at least the minimum length with negative content. Customer utterances separated by
/// pauses under the maximum pause form one stretch (their own backchannels left out); agent backchannels do not break it, and neither does an agent
/// interruption, but the agent taking the floor in a pause does.
/// </summary>
internal static class LongComplaintDetector
{
    public static void Detect(CallContext call, List<QaEvent> events)
    {
        var stretch = new List<AnalysedTurn>();
        foreach (var turn in call.Of(Speaker.Customer).Where(t => !t.Turn.Backchannel))
        {
            if (stretch.Count > 0 && !Continues(call, stretch[^1].Turn, turn.Turn))
            {
                Close(call, stretch, events);
                stretch.Clear();
            }

            stretch.Add(turn);
        }

        Close(call, stretch, events);
    }

    private static bool Continues(CallContext call, Turn previous, Turn next) =>
        next.Start - previous.End < call.Options.ComplaintMaxPauseSeconds
        && !call.Turns.Any(t => t.Turn.Speaker == Speaker.Agent && !t.Turn.Backchannel
            && t.Turn.Start >= previous.End && t.Turn.Start < next.Start);

    private static void Close(CallContext call, List<AnalysedTurn> stretch, List<QaEvent> events)
    {
        if (stretch.Count == 0)
        {
            return;
        }

        var range = new TimeRange(stretch[0].Turn.Start, stretch.Max(t => t.Turn.End));
        if (range.Duration >= call.Options.LongComplaintMinSeconds && stretch.Any(call.IsFrustrated))
        {
            var quote = string.Join(' ', stretch.Select(t => t.Turn.Text));
            events.Add(new QaEvent(QaEventKind.LongComplaint, range, Speaker.Customer, Quote: CallContext.Quote(stretch[0].Turn with { Text = quote })));
        }
    }
}
