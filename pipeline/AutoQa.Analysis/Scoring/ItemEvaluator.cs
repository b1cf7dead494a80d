using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Resolution;
using AutoQa.Analysis.Rubrics;
using AutoQa.Analysis.Timeline;
using AutoQa.Events;
using AutoQa.Rubric;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Scoring;

/// <summary>Answers one rubric item from a call's events.</summary>
internal static class ItemEvaluator
{
    private const int MaxEvidence = 5;

    // Acoustic and timing events do not rest on recognised words; their measurement is this sure.
    private const double TimingConfidence = 0.9;

    // An event this close outside the window makes the answer a judgement call.
    private const double NearMissSeconds = 2;
    private const double NearMissFactor = 0.6;

    // A resolution only the agent's words tell ("I've issued a replacement") is likelier wrong than the customer's.
    private const double AgentResolutionFactor = 0.7;

    public static ScorecardItem Evaluate(RubricItem item, string section, ScoringContext call)
    {
        if (item.Event is not { } kind)
        {
            var hints = call.Analysis.Events.Where(e => item.Hints.Contains(e.Kind)).Take(MaxEvidence).Select(e => Evidence.Of(e, "hint")).ToList();
            return Item(item, section, RubricAnswer.NeedsHuman, 0, hints);
        }

        if (Unjudgeable(item, kind, call.Analysis) is { } reason)
        {
            return Item(item, section, RubricAnswer.NeedsHuman, 0, [new Evidence(new TimeRange(0, call.Analysis.DurationSeconds), null, reason)]);
        }

        if (item.NotApplicableUnless is { } condition && !call.Analysis.Events.Any(e => e.Kind == condition))
        {
            var whole = new TimeRange(0, call.Analysis.DurationSeconds);
            var absent = new Evidence(whole, null, $"no {KebabNames.Of(condition.ToString())} in the call");

            // No N/A over words the recogniser was unsure of either: what would make the item apply may be among them.
            return SaidBy(condition) is { } party && call.UnsureTurn(party, whole) is var (unsure, heard)
                ? Item(item, section, RubricAnswer.NeedsHuman, 0, [absent, Unsure(unsure, heard, condition)])
                : Item(item, section, RubricAnswer.NotApplicable, TimingConfidence * call.MeanProbability, [absent]);
        }

        var window = item.Window is { } w ? call.Resolve(w) : new TimeRange(0, double.PositiveInfinity);
        var candidates = Candidates(item, kind, call.Analysis.Events, call);
        var found = InWindow(candidates, window);
        var answer = Answer(item, call.Analysis.Resolution.Status, found.Count > 0);
        var evidence = found.Take(MaxEvidence).Select(e => Evidence.Of(e, DueOf(e, call.Analysis.StartTime))).ToList();
        var confidence = found.Count > 0 ? Confidence(found[0], call) : TimingConfidence * call.MeanProbability;
        if (found.Count == 0)
        {
            var searched = window ?? new TimeRange(0, call.Analysis.DurationSeconds);
            evidence.Add(new Evidence(Clip(searched, call), null, $"no {KebabNames.Of(kind.ToString())} found here"));
            if (window is { } r && candidates.Any(e => e.Range.Start > r.End && e.Range.Start - r.End <= NearMissSeconds))
            {
                confidence *= NearMissFactor;
            }

            // Recognition loses words: over a phrase heard in part, neither an absence that costs points is asserted
            // (a closing check) nor one that clears the agent of a No (a red line).
            var partial = InWindow(Candidates(item, kind, call.Analysis.PartialPhrases, call), window);
            var ifFound = Answer(item, call.Analysis.Resolution.Status, found: true);
            if (partial.Count > 0 && answer != ifFound && (answer == RubricAnswer.No || ifFound == RubricAnswer.No))
            {
                answer = RubricAnswer.NeedsHuman;
                evidence.AddRange(partial.Take(MaxEvidence).Select(e => Evidence.Of(e, $"{e.Detail ?? KebabNames.Of(kind.ToString())} heard in part")));
            }

            // Nor over words the recogniser was unsure of: the phrase may be among them.
            if (answer == RubricAnswer.No && call.UnsureTurn(item.Speaker, Clip(searched, call)) is var (unsure, heard))
            {
                answer = RubricAnswer.NeedsHuman;
                evidence.Add(Unsure(unsure, heard, kind));
            }
        }

        if ((item.WhenResolved ?? item.WhenUnresolved) is not null)
        {
            confidence *= call.Analysis.Resolution.FromAgent ? AgentResolutionFactor : 1;
            evidence.Add(call.Analysis.Resolution.Evidence
                ?? new Evidence(Clip(new TimeRange(call.Analysis.ClosingWindowStart, call.Analysis.DurationSeconds), call), null, "resolution unclear: neither the customer nor the agent said whether the problem is solved"));
        }

        return Item(item, section, answer, answer == RubricAnswer.NeedsHuman ? 0 : confidence, evidence);
    }

    // Why no detector can answer the item on this call, if none can: who speaks is unknown (only dead air depends on
    // nobody), or no phrase pack reads the call's language (only timing and the audio tell).
    private static string? Unjudgeable(RubricItem item, QaEventKind kind, CallAnalysis analysis) =>
        analysis.SpeakersUnknown && kind != QaEventKind.DeadAir
            ? $"who speaks is unknown ({analysis.UnattributedSeconds:0} s of speech on a mono transcript without speaker labels): listen to the call"
        : analysis.NoPhrasePack && (NeedsWords(kind) || (item.NotApplicableUnless is { } condition && NeedsWords(condition)))
            ? $"no phrase pack reads the call's language ('{analysis.Language}'): listen to the call"
        : null;

    // Whether an event of this kind is found in the words, by a phrase pack or the sentiment model: all but what
    // timing and the audio tell.
    private static bool NeedsWords(QaEventKind kind) => kind is not (QaEventKind.Interruption or QaEventKind.DeadAir or QaEventKind.AudioDefect);

    private static Evidence Unsure(Turn turn, double heard, QaEventKind kind) =>
        new(new TimeRange(turn.Start, turn.End), turn.Text, $"heard with confidence {heard:0.00}: the {KebabNames.Of(kind.ToString())} may be among the misheard words");

    // The party whose words tell an event of this kind; null for what timing or the audio tells.
    private static Speaker? SaidBy(QaEventKind kind) => kind switch
    {
        QaEventKind.CustomerFrustration => Speaker.Customer,
        QaEventKind.Interruption or QaEventKind.LongComplaint or QaEventKind.DeadAir or QaEventKind.Hold or QaEventKind.AudioDefect => null,
        _ => Speaker.Agent,
    };

    // An item whose answer depends on the resolution is left to a person when the resolution is unclear and the
    // two readings disagree.
    private static RubricAnswer Answer(RubricItem item, ResolutionStatus resolution, bool found)
    {
        RubricAnswer When(OutcomeRule? rule) => found ? (rule ?? item.Outcome).IfFound : (rule ?? item.Outcome).IfMissing;
        return resolution switch
        {
            ResolutionStatus.Resolved => When(item.WhenResolved),
            ResolutionStatus.Unresolved => When(item.WhenUnresolved),
            _ => When(item.WhenResolved) is var resolved && resolved == When(item.WhenUnresolved) ? resolved : RubricAnswer.NeedsHuman,
        };
    }

    private static List<QaEvent> Candidates(RubricItem item, QaEventKind kind, IReadOnlyList<QaEvent> events, ScoringContext call) =>
        [.. events.Where(e => e.Kind == kind
            && (item.Detail is null || e.Detail == item.Detail)
            && (item.Speaker is null || e.Speaker == item.Speaker)
            && (item.Window?.Inside is not { } inside || call.Analysis.Events.Any(c => c.Kind == inside && e.Range.Start >= c.Range.Start && e.Range.Start <= c.Range.End)))];

    // A promise's due time, for the person who follows it up.
    private static string? DueOf(QaEvent found, DateTimeOffset? callStart) =>
        found.Kind == QaEventKind.Deadline && found.Detail is { } duration && callStart is { } start ? DueDates.Due(start, duration) : null;

    private static List<QaEvent> InWindow(List<QaEvent> events, TimeRange? window) =>
        window is { } range ? events.FindAll(e => e.Range.Start >= range.Start && e.Range.Start <= range.End) : [];

    private static double Confidence(QaEvent found, ScoringContext call) =>
        found.Quote is null ? TimingConfidence : call.WordConfidence(found.Range);

    private static TimeRange Clip(TimeRange range, ScoringContext call) =>
        new(range.Start, Math.Min(range.End, call.Analysis.DurationSeconds));

    private static ScorecardItem Item(RubricItem item, string section, RubricAnswer answer, double confidence, IReadOnlyList<Evidence> evidence)
    {
        var (awarded, possible) = Scorer.PointsFor(answer, item.Points);
        return new ScorecardItem(item.Id, section, item.Title, answer, awarded, possible, Math.Round(confidence, 3), evidence, item.Critical, Manual: item.Event is null);
    }
}
