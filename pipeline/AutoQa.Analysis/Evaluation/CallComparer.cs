using AutoQa.Analysis.Resolution;
using AutoQa.Analysis.Results;
using AutoQa.Analysis.Scoring;
using AutoQa.Events;
using AutoQa.Rubric;
using AutoQa.Transcripts;
using AutoQa.Truth;

namespace AutoQa.Analysis.Evaluation;

/// <summary>
/// Compares one call's result with its truth: events by key (kind, detail for red lines), speaker and time ranges
/// overlapping within the tolerance (the most overlapping one when several do), with the detail of matched events (deadline durations) counted as
/// agreements, and a missed event that the analysis heard in part counted apart; rubric answers item by item, a No
/// being a positive, and the answers left to a person counted apart.
/// </summary>
internal sealed class CallComparer(double toleranceSeconds, int maxDisagreements)
{
    private string? pass;

    public SortedDictionary<string, Tally> Events { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, Tally> Items { get; } = new(StringComparer.Ordinal);

    public List<string> Disagreements { get; } = [];

    /// <summary>Analyses whose words told the sides the other way round from the transcript's labels or the metadata.</summary>
    public int SidesSwapped { get; private set; }

    /// <summary>How many analyses triage flagged, and for each reason code how many it flagged for it.</summary>
    public ReviewLoad Review { get; } = new();

    /// <summary>
    /// Compares <paramref name="result"/>, the analysis of <paramref name="heard"/>, with <paramref name="truth"/>;
    /// <paramref name="pass"/> names the pass in disagreement lines when a call is compared more than once ("seed 3").
    /// </summary>
    public void Compare(CallTruth truth, CallTranscript heard, CallQaResult result, string? pass = null)
    {
        this.pass = pass;
        CompareEvents(truth, heard, result);
        CompareResolution(truth, result);
        CompareItems(truth, result);
        Review.Count(result);
        SidesSwapped += result.Analysis.SidesSwapped ? 1 : 0;
    }

    private void CompareEvents(CallTruth truth, CallTranscript heard, CallQaResult result)
    {
        var expected = truth.Events.Where(e => e.Kind != QaEventKind.AudioDefect).ToList();
        var found = result.Analysis.Events.Where(e => e.Kind != QaEventKind.AudioDefect).ToList();
        var heardInPart = result.Analysis.PartialPhrases.ToList();
        foreach (var key in expected.Concat(found).Select(Key).Distinct())
        {
            var tally = Get(Events, key);
            var unmatched = found.Where(e => Key(e) == key).ToList();
            foreach (var truthEvent in expected.Where(e => Key(e) == key))
            {
                var match = unmatched.Where(e => Matches(truthEvent, e)).MaxBy(e => Overlap(truthEvent, e));
                if (match is null)
                {
                    tally.FalseNegatives++;
                    var partial = heardInPart.FirstOrDefault(e => Key(e) == key && Matches(truthEvent, e));
                    if (partial is not null)
                    {
                        heardInPart.Remove(partial);
                        tally.HeardInPart++;
                    }

                    Note(truth, $"{(partial is null ? "missed" : "missed (heard in part)")} {key} at {truthEvent.Range.Start:0.0}-{truthEvent.Range.End:0.0}: {truthEvent.Quote} | heard: {WordsIn(heard, truthEvent.Range)}");
                    continue;
                }

                unmatched.Remove(match);
                tally.TruePositives++;
                CompareDetail(truth, key, truthEvent, match, tally);
            }

            tally.FalsePositives += unmatched.Count;
            foreach (var extra in unmatched)
            {
                Note(truth, $"extra {key} at {extra.Range.Start:0.0}-{extra.Range.End:0.0}: {extra.Quote}");
            }
        }
    }

    private void CompareDetail(CallTruth truth, string key, QaEvent expected, QaEvent found, Tally tally)
    {
        if (expected.Detail is null || expected.Kind == QaEventKind.RedLine)
        {
            return;
        }

        tally.Compared++;
        if (string.Equals(expected.Detail, found.Detail, StringComparison.Ordinal))
        {
            tally.Agreements++;
        }
        else
        {
            Note(truth, $"{key} at {expected.Range.Start:0.0}: detail {expected.Detail} expected, {found.Detail ?? "none"} found: {found.Quote}");
        }
    }

    // The resolution is tallied like an event of each status: reading it unclear is a miss, the wrong way a miss
    // of the truth's status and a false find of the other.
    private void CompareResolution(CallTruth truth, CallQaResult result)
    {
        var expected = truth.Resolved ? ResolutionStatus.Resolved : ResolutionStatus.Unresolved;
        var found = result.Analysis.Resolution.Status;
        if (found == expected)
        {
            Get(Events, ResolutionKey(expected)).TruePositives++;
            return;
        }

        Get(Events, ResolutionKey(expected)).FalseNegatives++;
        if (found != ResolutionStatus.Unclear)
        {
            Get(Events, ResolutionKey(found)).FalsePositives++;
        }

        Note(truth, $"resolution: expected {expected}, read {found}{(result.Analysis.Resolution.Evidence is { } e ? $" ({e.Note}: {e.Quote})" : "")}");
    }

    private static string ResolutionKey(ResolutionStatus status) => $"resolution/{Rubrics.KebabNames.Of(status.ToString())}";

    private void CompareItems(CallTruth truth, CallQaResult result)
    {
        foreach (var (id, expected) in truth.ExpectedAnswers)
        {
            var item = result.Scorecard.Items.FirstOrDefault(i => i.Id == id);
            var suggested = item?.SuggestedAnswer;
            var tally = Get(Items, id);
            tally.Compared++;
            if (suggested == expected)
            {
                tally.Agreements++;
            }
            else
            {
                Note(truth, $"{id}: expected {expected}, suggested {suggested?.ToString() ?? "nothing"}{Quoted(item)}");
            }

            tally.LeftToPerson += suggested == RubricAnswer.NeedsHuman && expected != RubricAnswer.NeedsHuman ? 1 : 0;
            var flagged = suggested == RubricAnswer.No;
            var shouldFlag = expected == RubricAnswer.No;
            tally.TruePositives += flagged && shouldFlag ? 1 : 0;
            tally.FalsePositives += flagged && !shouldFlag ? 1 : 0;
            tally.FalseNegatives += !flagged && shouldFlag ? 1 : 0;
        }
    }

    // The quoted evidence an answer rests on, to tell a recognition loss from a rule's mistake.
    private static string Quoted(ScorecardItem? item) =>
        string.Concat(item?.Evidence.Where(e => e.Quote is not null).Take(2).Select(e => $" [{e.Note ?? "found"}: {e.Quote}]") ?? []);

    private bool Matches(QaEvent truth, QaEvent found) =>
        (truth.Speaker == Speaker.Unknown || truth.Speaker == found.Speaker)
        && found.Range.Start < truth.Range.End + toleranceSeconds
        && truth.Range.Start < found.Range.End + toleranceSeconds;

    // What the analysed transcript holds in a time range, to tell a recognition loss from a detector miss.
    private static string WordsIn(CallTranscript heard, TimeRange range) =>
        string.Join(' ', heard.SegmentsInTimeOrder().SelectMany(s => s.Words).Where(w => w.End > range.Start && w.Start < range.End).Select(w => w.Text));

    private static double Overlap(QaEvent a, QaEvent b) =>
        Math.Min(a.Range.End, b.Range.End) - Math.Max(a.Range.Start, b.Range.Start);

    private static string Key(QaEvent e)
    {
        var kind = Rubrics.KebabNames.Of(e.Kind.ToString());
        return e.Kind == QaEventKind.RedLine ? $"{kind}/{e.Detail}" : kind;
    }

    private static Tally Get(SortedDictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            tallies[key] = tally;
        }

        return tally;
    }

    private void Note(CallTruth truth, string line)
    {
        if (Disagreements.Count < maxDisagreements)
        {
            Disagreements.Add(pass is null ? $"{truth.CallId} ({truth.Scenario}) {line}" : $"{truth.CallId} ({truth.Scenario}, {pass}) {line}");
        }
    }
}
