using AutoQa.Analysis.Results;
using AutoQa.Calls;
using AutoQa.Events;
using AutoQa.Json;
using AutoQa.Rubric;
using AutoQa.Transcripts;
using AutoQa.Truth;

namespace AutoQa.Analysis.Evaluation;

/// <summary>
/// Measures the analyser and the rubric against a generated night's ground truth: every truth file
/// (truth/*.truth.json) with its ground-truth transcript (truth/*.transcript.json) is analysed, optionally after
/// degrading the transcript, and compared event by event (same kind, detail for red lines, same speaker, time
/// ranges overlapping within the tolerance) and answer by answer. Audio defects are left out: they come from the
/// audio stage, not from transcripts.
/// </summary>
public sealed class NightEvaluator(QaEngine engine, TranscriptDegrader? degrader = null, double toleranceSeconds = 1.0)
{
    private const int MaxDisagreements = 40;

    /// <summary>Evaluates every call of <paramref name="nightFolder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder has no truth/ folder.</exception>
    /// <exception cref="InvalidDataException">A truth or transcript file is unreadable; the message names it.</exception>
    public async Task<EvaluationReport> EvaluateAsync(string nightFolder, CancellationToken cancellationToken = default)
    {
        var truthFolder = Path.Combine(nightFolder, "truth");
        if (!Directory.Exists(truthFolder))
        {
            throw new DirectoryNotFoundException($"{nightFolder}: no truth/ folder; generate a night with `autoqa synth` first.");
        }

        var events = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var items = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        var calls = 0;
        foreach (var truthFile in Directory.GetFiles(truthFolder, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var truth = await AutoQaJson.ReadFileAsync<CallTruth>(truthFile, cancellationToken);
            var transcriptFile = truthFile[..^".truth.json".Length] + ".transcript.json";
            var transcript = await AutoQaJson.ReadFileAsync<CallTranscript>(transcriptFile, cancellationToken);
            var metadata = new CallMetadata(truth.CallId, Language: truth.Language, AgentChannel: truth.AgentChannel);
            var result = engine.Run(degrader?.Degrade(transcript) ?? transcript, metadata);
            CompareEvents(truth, result, events, disagreements);
            CompareItems(truth, result, items, disagreements);
            calls++;
        }

        return new EvaluationReport(calls, events, items, disagreements);
    }

    private void CompareEvents(CallTruth truth, CallQaResult result, IDictionary<string, Tally> tallies, List<string> disagreements)
    {
        var expected = truth.Events.Where(e => e.Kind != QaEventKind.AudioDefect).ToList();
        var found = result.Analysis.Events.Where(e => e.Kind != QaEventKind.AudioDefect).ToList();
        foreach (var key in expected.Concat(found).Select(Key).Distinct())
        {
            var tally = Get(tallies, key);
            var unmatched = found.Where(e => Key(e) == key).ToList();
            foreach (var truthEvent in expected.Where(e => Key(e) == key))
            {
                var match = unmatched.FirstOrDefault(e => Matches(truthEvent, e));
                if (match is null)
                {
                    tally.FalseNegatives++;
                    Note(disagreements, $"{truth.CallId} ({truth.Scenario}) missed {key} at {truthEvent.Range.Start:0.0}-{truthEvent.Range.End:0.0}: {truthEvent.Quote}");
                    continue;
                }

                unmatched.Remove(match);
                tally.TruePositives++;
            }

            tally.FalsePositives += unmatched.Count;
            foreach (var extra in unmatched)
            {
                Note(disagreements, $"{truth.CallId} ({truth.Scenario}) extra {key} at {extra.Range.Start:0.0}-{extra.Range.End:0.0}: {extra.Quote}");
            }
        }
    }

    private static void CompareItems(CallTruth truth, CallQaResult result, IDictionary<string, Tally> tallies, List<string> disagreements)
    {
        foreach (var (id, expected) in truth.ExpectedAnswers)
        {
            var suggested = result.Scorecard.Items.FirstOrDefault(i => i.Id == id)?.SuggestedAnswer;
            var tally = Get(tallies, id);
            tally.Compared++;
            if (suggested == expected)
            {
                tally.Agreements++;
            }
            else
            {
                Note(disagreements, $"{truth.CallId} ({truth.Scenario}) {id}: expected {expected}, suggested {suggested?.ToString() ?? "nothing"}");
            }

            var flagged = suggested == RubricAnswer.No;
            var shouldFlag = expected == RubricAnswer.No;
            tally.TruePositives += flagged && shouldFlag ? 1 : 0;
            tally.FalsePositives += flagged && !shouldFlag ? 1 : 0;
            tally.FalseNegatives += !flagged && shouldFlag ? 1 : 0;
        }
    }

    private bool Matches(QaEvent truth, QaEvent found) =>
        (truth.Speaker == Speaker.Unknown || truth.Speaker == found.Speaker)
        && found.Range.Start < truth.Range.End + toleranceSeconds
        && truth.Range.Start < found.Range.End + toleranceSeconds;

    private static string Key(QaEvent e)
    {
        var kind = Rubrics.KebabNames.Of(e.Kind.ToString());
        return e.Kind == QaEventKind.RedLine ? $"{kind}/{e.Detail}" : kind;
    }

    private static Tally Get(IDictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            tallies[key] = tally;
        }

        return tally;
    }

    private static void Note(List<string> disagreements, string line)
    {
        if (disagreements.Count < MaxDisagreements)
        {
            disagreements.Add(line);
        }
    }
}
