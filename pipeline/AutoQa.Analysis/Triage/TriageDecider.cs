using System.Text;
using AutoQa.Analysis.Scoring;
using AutoQa.Events;
using AutoQa.Rubric;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Triage;

/// <summary>
/// Decides which calls a person must review: failed critical items, a low score, low-confidence answers, items
/// the analysis could not decide (critical ones first), a customer who ended negative, a long complaint left unhandled, audio problems,
/// speech no party is known to have said; plus a reproducible random control sample of the calls nothing flagged.
/// Thread-safe.
/// </summary>
public sealed class TriageDecider
{
    private readonly TriageOptions options;

    /// <summary>Creates a decider; the options are validated here.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public TriageDecider(TriageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
    }

    /// <summary>Decides for one call.</summary>
    public TriageDecision Decide(CallAnalysis analysis, Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(scorecard);
        var reasons = new List<TriageReason>();
        foreach (var item in scorecard.Items.Where(i => i.AutoFail))
        {
            reasons.Add(new TriageReason("critical-item", ReviewPriority.Critical, $"critical item '{item.Id}' failed", item.Evidence));
        }

        if (!scorecard.AutoFailed && Scorer.AgentScore(analysis, scorecard) is { } score && score < options.MinScore)
        {
            reasons.Add(new TriageReason("low-score", ReviewPriority.High, $"score {score:0.#} is under {options.MinScore:0.#}", []));
        }

        if (CustomerEndedNegative(analysis) is { } ending)
        {
            reasons.Add(new TriageReason("customer-ended-negative", ReviewPriority.High, "the customer's last words were negative", ending));
        }

        foreach (var complaint in UnhandledComplaints(analysis))
        {
            reasons.Add(new TriageReason("unhandled-complaint", ReviewPriority.Medium, "a long complaint was interrupted or got no empathy soon after", [Evidence.Of(complaint)]));
        }

        if (analysis.SpeakersUnknown)
        {
            reasons.Add(new TriageReason("speakers-unknown", ReviewPriority.Medium, "only dead air was judged: the transcript is mono without speaker labels", []));
        }

        if (analysis.NoPhrasePack)
        {
            reasons.Add(new TriageReason(
                "no-phrase-pack", ReviewPriority.Medium, $"only interruptions and dead air were judged: no phrase pack reads the call's language ('{analysis.Language}')", []));
        }

        var defects = analysis.Events.Where(e => e.Kind == QaEventKind.AudioDefect).ToList();
        if (defects.Count > 0)
        {
            var kinds = string.Join(", ", defects.Select(d => $"{d.Detail} ({d.Speaker.ToString().ToLowerInvariant()})").Distinct());
            reasons.Add(new TriageReason("audio-problem", ReviewPriority.Medium, $"audio problems: {kinds}", [.. defects.Select(d => Evidence.Of(d))]));
        }

        var unsure = scorecard.Items.Where(i => i.SuggestedAnswer != RubricAnswer.NeedsHuman && i.Confidence < options.MinConfidence).ToList();
        if (unsure.Count > 0)
        {
            reasons.Add(new TriageReason("low-confidence", ReviewPriority.Low, $"unsure of: {string.Join(", ", unsure.Select(i => i.Id))}", [.. unsure.SelectMany(i => i.Evidence).Take(5)]));
        }

        // A critical item left to a person may hide a red line, heard in part: it comes first among the undecided.
        var undecided = scorecard.Items.Where(i => i.Undecided && !analysis.SpeakersUnknown && !analysis.NoPhrasePack).ToLookup(i => i.Critical);
        foreach (var (critical, reason, priority) in new[] { (true, "critical-undecided", ReviewPriority.High), (false, "undecided", ReviewPriority.Low) })
        {
            if (undecided[critical].ToList() is { Count: > 0 } items)
            {
                reasons.Add(new TriageReason(reason, priority, $"left to a person: {string.Join(", ", items.Select(i => i.Id))}", [.. items.SelectMany(i => i.Evidence).Take(5)]));
            }
        }

        if (reasons.Count == 0)
        {
            var drawn = Draw(analysis.CallId) < options.ControlSampleRate;
            return drawn
                ? new TriageDecision(true, ReviewPriority.Low, [new TriageReason("control-sample", ReviewPriority.Low, "drawn at random from unflagged calls", [])], true)
                : new TriageDecision(false, ReviewPriority.None, [], false);
        }

        reasons.Sort((a, b) => b.Priority.CompareTo(a.Priority));
        return new TriageDecision(true, reasons[0].Priority, reasons, false);
    }

    private List<Evidence>? CustomerEndedNegative(CallAnalysis analysis)
    {
        var last = analysis.Turns.Where(t => t.Speaker == Speaker.Customer && !t.Backchannel).TakeLast(options.NegativeEndTurns).ToList();
        if (last.Count == 0 || analysis.Resolved)
        {
            return null;
        }

        var scored = last.Where(t => t.Sentiment is not null).ToList();
        var negative = scored.Count > 0
            ? scored.Average(t => t.Sentiment!.Negative) >= options.NegativeEndMin
            : last.Any(t => analysis.Events.Any(e => e.Kind == QaEventKind.CustomerFrustration && e.Range.Start >= t.Start && e.Range.Start <= t.End));
        return negative ? [.. last.Select(t => new Evidence(new TimeRange(t.Start, t.End), t.Text))] : null;
    }

    private IEnumerable<QaEvent> UnhandledComplaints(CallAnalysis analysis) =>
        analysis.Events.Where(c => c.Kind == QaEventKind.LongComplaint
            && (analysis.Events.Any(e => e.Kind == QaEventKind.Interruption && e.Speaker == Speaker.Agent && e.Range.Start >= c.Range.Start && e.Range.Start <= c.Range.End)
                || !analysis.Events.Any(e => e.Kind == QaEventKind.Empathy && e.Range.Start >= c.Range.Start && e.Range.Start <= c.Range.End + options.ComplaintResponseSeconds)));

    // FNV-1a of the call id and the seed: the same calls are drawn on every run and every machine.
    private double Draw(string callId)
    {
        var hash = 2166136261u ^ (uint)options.ControlSampleSeed;
        foreach (var b in Encoding.UTF8.GetBytes(callId))
        {
            hash = (hash ^ b) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return hash / (double)uint.MaxValue;
    }
}
