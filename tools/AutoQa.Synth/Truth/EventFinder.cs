using AutoQa.Events;
using AutoQa.Synth.Catalog;
using AutoQa.Synth.Dialogue;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Truth;

/// <summary>
/// Measures the QA events of a generated call from its placed utterances, by the definitions of
/// docs/qa-semantics.md: timing events from the geometry, phrase events from the intents and their windows.
/// </summary>
internal sealed class EventFinder(QaThresholds thresholds)
{
    private static readonly Dictionary<string, QaEventKind> PhraseEvents = new()
    {
        [Intents.Empathy] = QaEventKind.Empathy,
        [Intents.Attention] = QaEventKind.Attention,
        [Intents.Respect] = QaEventKind.Respect,
        [Intents.ReviewInvitation] = QaEventKind.ReviewInvitation,
        [Intents.Deadline] = QaEventKind.Deadline,
        [Intents.RedLine] = QaEventKind.RedLine,
        [Intents.Complaint] = QaEventKind.CustomerFrustration,
    };

    public List<QaEvent> Find(IReadOnlyList<PlacedUtterance> utterances, double duration)
    {
        var events = new List<QaEvent>();
        events.AddRange(Greetings(utterances));
        events.AddRange(Interruptions(utterances));
        events.AddRange(LongComplaints(utterances));
        events.AddRange(DeadAir(utterances, duration));
        events.AddRange(Holds(utterances));
        var closingStart = duration - Math.Max(thresholds.ClosingWindowFraction * duration, thresholds.ClosingWindowMinSeconds);
        foreach (var utterance in utterances)
        {
            var range = new TimeRange(utterance.Start, utterance.End);
            if (PhraseEvents.TryGetValue(utterance.Intent, out var kind))
            {
                events.Add(new QaEvent(kind, range, utterance.Speaker, utterance.Detail, utterance.Text));
            }
            else if (utterance.Start >= closingStart && utterance.Intent is Intents.ClosingCheck or Intents.FurtherSupport)
            {
                var closingKind = utterance.Intent == Intents.ClosingCheck ? QaEventKind.ClosingCheck : QaEventKind.FurtherSupport;
                events.Add(new QaEvent(closingKind, range, Speaker.Agent, Quote: utterance.Text));
            }
        }

        return events.OrderBy(e => e.Range.Start).ThenBy(e => e.Kind).ToList();
    }

    private IEnumerable<QaEvent> Greetings(IReadOnlyList<PlacedUtterance> utterances)
    {
        var agent = utterances.Where(u => u.Speaker == Speaker.Agent).ToList();
        if (agent.Count == 0)
        {
            return [];
        }

        var windowEnd = agent[0].Start + thresholds.GreetingWindowSeconds;
        return agent.Where(u => u.Intent == Intents.Greeting && u.Start <= windowEnd)
            .Select(u => new QaEvent(QaEventKind.Greeting, new TimeRange(u.Start, u.End), Speaker.Agent, Quote: u.Text));
    }

    private IEnumerable<QaEvent> Interruptions(IReadOnlyList<PlacedUtterance> utterances)
    {
        foreach (var onset in utterances.Where(u => u.Intent != Intents.Backchannel))
        {
            foreach (var other in utterances.Where(u => u.Speaker != onset.Speaker && u.Start < onset.Start && u.End > onset.Start))
            {
                var overlapEnd = Math.Min(onset.End, other.End);
                if (other.End - onset.Start >= thresholds.InterruptionMinRemainingSeconds
                    && overlapEnd - onset.Start >= thresholds.InterruptionMinOverlapSeconds)
                {
                    yield return new QaEvent(QaEventKind.Interruption, new TimeRange(onset.Start, overlapEnd), onset.Speaker, Quote: onset.Text);
                }
            }
        }
    }

    private IEnumerable<QaEvent> LongComplaints(IReadOnlyList<PlacedUtterance> utterances)
    {
        var customer = utterances.Where(u => u.Speaker == Speaker.Customer && u.Intent != Intents.Backchannel).ToList();
        var agentOnsets = utterances.Where(u => u.Speaker == Speaker.Agent && u.Intent != Intents.Backchannel).Select(u => u.Start).ToList();
        var stretch = new List<PlacedUtterance>();
        foreach (var utterance in customer.Cast<PlacedUtterance?>().Append(null))
        {
            var continues = utterance is not null && stretch.Count > 0
                && utterance.Start - stretch[^1].End < thresholds.StretchMaxPauseSeconds
                && !agentOnsets.Any(t => t >= stretch[^1].End && t < utterance.Start);
            if (!continues && stretch.Count > 0)
            {
                var range = new TimeRange(stretch[0].Start, stretch.Max(u => u.End));
                if (range.Duration >= thresholds.LongComplaintMinSeconds && stretch.Any(u => u.Intent == Intents.Complaint))
                {
                    yield return new QaEvent(QaEventKind.LongComplaint, range, Speaker.Customer);
                }

                stretch.Clear();
            }

            if (utterance is not null)
            {
                stretch.Add(utterance);
            }
        }
    }

    // The silence after the agent asks the customer to hold, up to whoever speaks next.
    private static IEnumerable<QaEvent> Holds(IReadOnlyList<PlacedUtterance> utterances)
    {
        foreach (var request in utterances.Where(u => u.Intent == Intents.HoldStart))
        {
            if (utterances.Where(u => u.Start >= request.End).MinBy(u => u.Start) is { } next)
            {
                yield return new QaEvent(QaEventKind.Hold, new TimeRange(request.End, next.Start), Speaker.Agent, Quote: request.Text);
            }
        }
    }

    private IEnumerable<QaEvent> DeadAir(IReadOnlyList<PlacedUtterance> utterances, double duration)
    {
        var silenceStart = 0.0;
        foreach (var utterance in utterances.OrderBy(u => u.Start).Cast<PlacedUtterance?>().Append(null))
        {
            var silenceEnd = utterance?.Start ?? duration;
            if (silenceEnd - silenceStart >= thresholds.DeadAirMinSeconds)
            {
                yield return new QaEvent(QaEventKind.DeadAir, new TimeRange(silenceStart, silenceEnd), Speaker.Unknown);
            }

            silenceStart = Math.Max(silenceStart, utterance?.End ?? duration);
        }
    }
}
