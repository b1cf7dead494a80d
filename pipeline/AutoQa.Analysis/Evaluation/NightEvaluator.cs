using AutoQa.Analysis.Results;
using AutoQa.Calls;
using AutoQa.Json;
using AutoQa.Transcripts;
using AutoQa.Truth;

namespace AutoQa.Analysis.Evaluation;

/// <summary>
/// Measures the analyser and the rubric against a generated night's ground truth: every truth file
/// (truth/*.truth.json) with its ground-truth transcript (truth/*.transcript.json), or with the transcript a recogniser
/// made of the call's recording, is analysed, as it is or once
/// per degrader (several seeds pool into one tally, so a rare event is counted often enough to mean something), and compared event by event (same kind, detail for red lines, same speaker, time
/// ranges overlapping within the tolerance; the detail of matched deadlines counted as agreements) and answer by
/// answer. The call's metadata (agent channel, language) comes from the night's metadata.csv when it has one,
/// as it would in production, else from the truth. Audio defects are left out: they come from the audio stage,
/// not from transcripts.
/// </summary>
/// <param name="engine">The engine under test.</param>
/// <param name="degraders">Each degrades every transcript once; none to use them as they are.</param>
/// <param name="toleranceSeconds">How far apart two time ranges may be and still match. The default is 1.</param>
/// <param name="maxDisagreements">How many disagreement lines the report keeps. The default is 400.</param>
public sealed class NightEvaluator(QaEngine engine, IReadOnlyList<TranscriptDegrader>? degraders = null, double toleranceSeconds = 1.0, int maxDisagreements = 400)
{
    /// <summary>Evaluates every call of <paramref name="nightFolder"/> on its ground-truth transcript.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder has no truth/ folder.</exception>
    /// <exception cref="InvalidDataException">A truth, transcript or metadata file is unreadable; the message names it.</exception>
    public Task<EvaluationReport> EvaluateAsync(string nightFolder, CancellationToken cancellationToken = default) =>
        EvaluateAsync(nightFolder, heard: null, cancellationToken);

    /// <summary>
    /// Evaluates every call of <paramref name="nightFolder"/> on the transcript a recogniser made of its recording
    /// (by call id); a call <paramref name="heard"/> lacks is not evaluated and is listed in the report's
    /// <see cref="EvaluationReport.Unheard"/>. Null evaluates the ground-truth transcripts.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder has no truth/ folder.</exception>
    /// <exception cref="InvalidDataException">A truth, transcript or metadata file is unreadable; the message names it.</exception>
    public async Task<EvaluationReport> EvaluateAsync(string nightFolder, IReadOnlyDictionary<string, CallTranscript>? heard, CancellationToken cancellationToken = default)
    {
        var truthFolder = Path.Combine(nightFolder, "truth");
        if (!Directory.Exists(truthFolder))
        {
            throw new DirectoryNotFoundException($"{nightFolder}: no truth/ folder; generate a night with `autoqa synth` first.");
        }

        var metadata = await ReadMetadataAsync(nightFolder, cancellationToken);
        var comparer = new CallComparer(toleranceSeconds, maxDisagreements);
        TranscriptDegrader?[] passes = degraders is { Count: > 0 } ? [.. degraders] : [null];
        var calls = 0;
        var unheard = new List<string>();
        foreach (var truthFile in Directory.GetFiles(truthFolder, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var truth = await AutoQaJson.ReadFileAsync<CallTruth>(truthFile, cancellationToken);
            var transcript = heard is null ? await GroundTruthAsync(truthFile, cancellationToken) : heard.GetValueOrDefault(truth.CallId);
            if (transcript is null)
            {
                unheard.Add(truth.CallId);
                continue;
            }

            var call = metadata.GetValueOrDefault(truth.CallId)
                ?? new CallMetadata(truth.CallId, Language: truth.Language, AgentChannel: truth.AgentChannel);
            foreach (var degrader in passes)
            {
                var analysed = degrader?.Degrade(transcript) ?? transcript;
                comparer.Compare(truth, analysed, engine.Run(analysed, call), passes.Length > 1 ? $"seed {degrader!.Seed}" : null);
            }

            calls++;
        }

        return new EvaluationReport(calls, passes.Length, comparer.Events, comparer.Items, comparer.Disagreements, unheard, comparer.Review, comparer.SidesSwapped);
    }

    private static Task<CallTranscript> GroundTruthAsync(string truthFile, CancellationToken cancellationToken) =>
        AutoQaJson.ReadFileAsync<CallTranscript>(truthFile[..^".truth.json".Length] + ".transcript.json", cancellationToken);

    private static async Task<Dictionary<string, CallMetadata>> ReadMetadataAsync(string nightFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(nightFolder, "metadata.csv");
        if (!File.Exists(file))
        {
            return [];
        }

        var calls = await CallMetadataCsv.ReadFileAsync(file, cancellationToken);
        return calls.DistinctBy(c => c.CallId, StringComparer.Ordinal).ToDictionary(c => c.CallId, StringComparer.Ordinal);
    }
}
