using System.CommandLine;
using System.Globalization;
using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Batch;
using AutoQa.Batch.Discovery;
using AutoQa.Batch.Output;
using AutoQa.Calls;
using AutoQa.Json;
using AutoQa.Sentiment;
using AutoQa.Storage;
using AutoQa.Transcripts;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa analyze TRANSCRIPT.json|CALL.json|DIR [--rubric FILE] [--out DIR] [--metadata FILE] [--no-sentiment]</c>:
/// runs the rules again on stored transcripts (transcript files, or the call files of a past night's run), without
/// transcribing, and writes one QA result per call (a changed rubric applies to past nights) and the calls' promises
/// (promises.csv). The calls' metadata (agent, team, agent channel, start time) comes from the given file or a
/// metadata.csv or metadata.json beside the transcripts, else from the call file.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A transcript JSON file or a run's call JSON, or a folder of *.transcript.json files or of a run's output (calls/*.json)" };
        var engineChoice = new QaEngineChoice();
        var output = new Option<string>("--out") { Description = "Folder for the <call>.qa.json results", DefaultValueFactory = _ => "qa" };
        var agentChannel = new Option<int>("--agent-channel") { Description = "Channel carrying the agent when the transcript does not label speakers and the metadata does not say", DefaultValueFactory = _ => 0 };
        var metadataFile = new Option<string?>("--metadata") { Description = "Call metadata (csv or json: agent, team, agent channel, start time); default: metadata.csv or metadata.json in the input folder" };
        var command = new Command("analyze", "Analyse, score and triage stored transcripts (no transcription).") { input, output, agentChannel, metadataFile };
        engineChoice.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var files = TranscriptFiles(parseResult.GetValue(input)!);
                var catalog = await MetadataCatalog.LoadAsync(parseResult.GetValue(metadataFile), [parseResult.GetValue(input)!], cancellationToken);
                var (engine, sentiment) = engineChoice.Create(parseResult);
                using var owned = sentiment;
                var folder = parseResult.GetValue(output)!;
                var (flagged, failed) = (0, 0);
                var promising = new List<PromisingCall>();
                foreach (var file in files)
                {
                    try
                    {
                        var (transcript, stored) = await StoredTranscript.ReadAsync(file, cancellationToken);
                        var metadata = catalog.ForCallId(transcript.CallId) ?? stored
                            ?? new CallMetadata(transcript.CallId, Path.GetFileName(file), AgentChannel: parseResult.GetValue(agentChannel));
                        var result = await AnalyzeAsync(engine, transcript, metadata, folder, cancellationToken);
                        flagged += result.Triage.NeedsReview ? 1 : 0;
                        promising.Add(new PromisingCall(metadata.CallId, metadata.AgentId, metadata.Team, metadata.StartTime, QaFileName(metadata.CallId), Promise.AllIn(result.Analysis)));
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // One bad transcript never costs the others their result.
                        failed++;
                        await Console.Error.WriteLineAsync($"autoqa analyze: {(ex.Message.StartsWith(file, StringComparison.Ordinal) ? ex.Message : $"{file}: {ex.Message}")}");
                    }
                }

                if (promising.Count > 0)
                {
                    await AtomicFile.WriteAllTextAsync(Path.Combine(folder, PromisesCsv.FileName), PromisesCsv.Render(promising), cancellationToken);
                }

                Console.WriteLine($"{files.Count - failed} call(s) analysed, {flagged} for review, {failed} failed; results in {Path.GetFullPath(folder)}");
                return failed == 0 ? BatchExitCode.AllDone : failed < files.Count ? BatchExitCode.PartialFailure : BatchExitCode.NothingProcessed;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or RubricException or UnauthorizedAccessException or SentimentModelException)
            {
                await Console.Error.WriteLineAsync($"autoqa analyze: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<CallQaResult> AnalyzeAsync(QaEngine engine, CallTranscript transcript, CallMetadata metadata, string folder, CancellationToken cancellationToken)
    {
        var result = engine.Run(transcript, metadata);
        await AtomicFile.WriteAllTextAsync(Path.Combine(folder, QaFileName(transcript.CallId)), AutoQaJson.Serialize(result), cancellationToken);
        var reasons = string.Join("; ", result.Triage.Reasons.Select(r => r.Code));
        var sides = result.Analysis.SidesSwapped ? ", sides swapped (the agent is on the other side than the metadata says)"
            : result.Analysis.AgentVoice is { } voice ? $", the agent is {voice}"
            : "";
        Console.WriteLine($"{transcript.CallId}: score {Score(result)}{sides}{(result.Triage.NeedsReview ? $", review ({result.Triage.Priority.ToString().ToLowerInvariant()}: {reasons})" : "")}");
        return result;
    }

    // "85", "100 provisional (30 % decided)" when most items were left to a person, "none" when nothing measures the agent.
    private static string Score(CallQaResult result) =>
        result.AgentScore is { } score ? score.ToString("0.#", CultureInfo.InvariantCulture)
        : result.Scorecard.Provisional ? string.Create(CultureInfo.InvariantCulture, $"{result.Scorecard.Score:0.#} provisional ({result.Scorecard.DecidedShare * 100:0} % decided)")
        : "none";

    private static string QaFileName(string callId) => $"{callId}.qa.json";

    private static List<string> TranscriptFiles(string input)
    {
        if (File.Exists(input))
        {
            return [input];
        }

        if (!Directory.Exists(input))
        {
            throw new FileNotFoundException($"{input}: no such transcript file or folder.");
        }

        var files = StoredTranscript.FilesIn(input);
        return files.Count > 0 ? [.. files] : throw new FileNotFoundException($"{input}: the folder holds no *.transcript.json files and no run's calls/*.json.");
    }
}
