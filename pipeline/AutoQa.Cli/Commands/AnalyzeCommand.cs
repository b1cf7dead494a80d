using System.CommandLine;
using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Batch;
using AutoQa.Calls;
using AutoQa.Json;
using AutoQa.Sentiment;
using AutoQa.Storage;
using AutoQa.Transcripts;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa analyze TRANSCRIPT.json|DIR [--rubric FILE] [--out DIR] [--no-sentiment]</c>: runs the rules again on stored
/// transcripts, without transcribing, and writes one QA result per call (a changed rubric applies to past nights).
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A transcript JSON file, or a folder of *.transcript.json files" };
        var engineChoice = new QaEngineChoice();
        var output = new Option<string>("--out") { Description = "Folder for the <call>.qa.json results", DefaultValueFactory = _ => "qa" };
        var agentChannel = new Option<int>("--agent-channel") { Description = "Channel carrying the agent when the transcript does not label speakers", DefaultValueFactory = _ => 0 };
        var command = new Command("analyze", "Analyse, score and triage stored transcripts (no transcription).") { input, output, agentChannel };
        engineChoice.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var files = TranscriptFiles(parseResult.GetValue(input)!);
                var (engine, sentiment) = engineChoice.Create(parseResult);
                using var owned = sentiment;
                var folder = parseResult.GetValue(output)!;
                var (flagged, failed) = (0, 0);
                foreach (var file in files)
                {
                    try
                    {
                        var result = await AnalyzeAsync(engine, file, parseResult.GetValue(agentChannel), folder, cancellationToken);
                        flagged += result.Triage.NeedsReview ? 1 : 0;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // One bad transcript never costs the others their result.
                        failed++;
                        await Console.Error.WriteLineAsync($"autoqa analyze: {(ex.Message.StartsWith(file, StringComparison.Ordinal) ? ex.Message : $"{file}: {ex.Message}")}");
                    }
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

    private static async Task<CallQaResult> AnalyzeAsync(QaEngine engine, string file, int agentChannel, string folder, CancellationToken cancellationToken)
    {
        var transcript = await AutoQaJson.ReadFileAsync<CallTranscript>(file, cancellationToken);
        var metadata = new CallMetadata(transcript.CallId, Path.GetFileName(file), AgentChannel: agentChannel);
        var result = engine.Run(transcript, metadata);
        await AtomicFile.WriteAllTextAsync(Path.Combine(folder, $"{transcript.CallId}.qa.json"), AutoQaJson.Serialize(result), cancellationToken);
        var reasons = string.Join("; ", result.Triage.Reasons.Select(r => r.Code));
        Console.WriteLine($"{transcript.CallId}: score {result.Scorecard.Score:0.#}{(result.Triage.NeedsReview ? $", review ({result.Triage.Priority.ToString().ToLowerInvariant()}: {reasons})" : "")}");
        return result;
    }

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

        var files = Directory.GetFiles(input, "*.transcript.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new FileNotFoundException($"{input}: the folder holds no *.transcript.json files.");
    }
}
