using System.CommandLine;
using AutoQa.Analysis.Rubrics;
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
                var flagged = 0;
                foreach (var file in files)
                {
                    var transcript = await AutoQaJson.ReadFileAsync<CallTranscript>(file, cancellationToken);
                    var metadata = new CallMetadata(transcript.CallId, Path.GetFileName(file), AgentChannel: parseResult.GetValue(agentChannel));
                    var result = engine.Run(transcript, metadata);
                    await AtomicFile.WriteAllTextAsync(Path.Combine(folder, $"{transcript.CallId}.qa.json"), AutoQaJson.Serialize(result), cancellationToken);
                    flagged += result.Triage.NeedsReview ? 1 : 0;
                    var reasons = string.Join("; ", result.Triage.Reasons.Select(r => r.Code));
                    Console.WriteLine($"{transcript.CallId}: score {result.Scorecard.Score:0.#}{(result.Triage.NeedsReview ? $", review ({result.Triage.Priority.ToString().ToLowerInvariant()}: {reasons})" : "")}");
                }

                Console.WriteLine($"{files.Count} call(s) analysed, {flagged} for review; results in {Path.GetFullPath(folder)}");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or RubricException or UnauthorizedAccessException or SentimentModelException)
            {
                await Console.Error.WriteLineAsync($"autoqa analyze: {ex.Message}");
                return 1;
            }
        });
        return command;
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
