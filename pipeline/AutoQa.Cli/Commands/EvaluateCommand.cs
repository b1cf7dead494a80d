using System.CommandLine;
using System.Globalization;
using AutoQa.Analysis.Evaluation;
using AutoQa.Analysis.Rubrics;
using AutoQa.Batch.Output;
using AutoQa.Json;
using AutoQa.Sentiment;
using AutoQa.Transcription.Evaluation;
using AutoQa.Transcripts;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa evaluate NIGHT_DIR [--degrade WER] [--seed S...] [--heard RUN_DIR] [--rubric FILE] [--no-sentiment] [--min M] [--target T]</c>:
/// precision and recall of every detector and rubric item against a generated night's ground truth, on its ground-truth
/// transcripts (as they are, or degraded: several seeds pool into one tally) or on a recogniser's transcripts of its recordings.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var night = new Argument<string>("night") { Description = "A generated night's folder (with truth/)" };
        var degrade = new Option<double>("--degrade") { Description = "Word error rate to degrade transcripts with (drops and substitutions), e.g. 0.15", DefaultValueFactory = _ => 0 };
        var seed = new Option<int[]>("--seed")
        {
            Description = "Seed(s) of the degradation; several (--seed 1 2 3) degrade every call once each and pool the counts",
            DefaultValueFactory = _ => [1],
            AllowMultipleArgumentsPerToken = true,
        };
        var heard = new Option<string?>("--heard")
        {
            Description = "Evaluate the transcripts a recogniser made of the night's recordings instead of the ground truth: a run's output folder (autoqa run NIGHT/recordings --out RUN) or a folder of *.transcript.json",
        };
        var engineChoice = new QaEngineChoice();
        var minimum = new Option<double>("--min") { Description = "Exit with 1 when any figure is below this", DefaultValueFactory = _ => 0 };
        var target = new Option<double>("--target")
        {
            Description = "The rate every figure should reach: those the night's counts cannot show to reach it are listed with their 95 % interval",
            DefaultValueFactory = _ => 0.95,
        };
        var verbose = new Option<bool>("--verbose") { Description = "List disagreements" };
        var command = new Command("evaluate", "Measure detectors and rubric answers against a generated night's ground truth.") { night, degrade, seed, heard, minimum, target, verbose };
        engineChoice.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(heard) is not null && result.GetValue(degrade) > 0)
            {
                result.AddError("--heard and --degrade exclude each other: a recogniser's transcripts carry their own errors.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var (engine, sentiment) = engineChoice.Create(parseResult);
                using var owned = sentiment;
                var rate = parseResult.GetValue(degrade);
                var seeds = parseResult.GetValue(seed)!;
                var degraders = rate > 0 ? seeds.Distinct().Select(s => new TranscriptDegrader(rate, s)).ToList() : [];
                var heardFolder = parseResult.GetValue(heard);
                var transcripts = heardFolder is null ? null : await ReadHeardAsync(heardFolder, cancellationToken);
                var report = await new NightEvaluator(engine, degraders).EvaluateAsync(parseResult.GetValue(night)!, transcripts, cancellationToken);
                var source = heardFolder is not null ? $"heard by {Engines(transcripts!.Values)} ({heardFolder})"
                    : rate > 0 ? $"ground truth degraded at WER {rate.ToString(CultureInfo.InvariantCulture)}, seed {string.Join(' ', seeds.Distinct())}"
                    : "ground truth";
                Print(report, source, sentiment is not null, parseResult.GetValue(verbose));
                PrintUnshown(report, parseResult.GetValue(target));
                if (transcripts is not null)
                {
                    PrintConfidenceBands(await ConfidenceBandsAsync(parseResult.GetValue(night)!, transcripts, cancellationToken));
                }

                return report.Worst < parseResult.GetValue(minimum) ? 1 : 0;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or RubricException or ArgumentOutOfRangeException or SentimentModelException)
            {
                await Console.Error.WriteLineAsync($"autoqa evaluate: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<Dictionary<string, CallTranscript>> ReadHeardAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such folder of transcripts.");
        }

        var transcripts = new Dictionary<string, CallTranscript>(StringComparer.Ordinal);
        foreach (var file in StoredTranscript.FilesIn(folder))
        {
            var transcript = (await StoredTranscript.ReadAsync(file, cancellationToken)).Transcript;
            if (!transcripts.TryAdd(transcript.CallId, transcript))
            {
                throw new InvalidDataException($"{file}: a second transcript of call '{transcript.CallId}' in {folder}.");
            }
        }

        return transcripts;
    }

    // The recogniser's word probabilities against its errors, utterance by utterance of the ground truth.
    private static async Task<ConfidenceBands> ConfidenceBandsAsync(string night, Dictionary<string, CallTranscript> heard, CancellationToken cancellationToken)
    {
        var bands = new ConfidenceBands(0.2, 0.35, 0.5, 0.65, 0.8, 1);
        foreach (var (callId, transcript) in heard)
        {
            var reference = Path.Combine(night, "truth", $"{callId}.transcript.json");
            if (File.Exists(reference))
            {
                bands.Add(await AutoQaJson.ReadFileAsync<CallTranscript>(reference, cancellationToken), transcript);
            }
        }

        return bands;
    }

    private static void PrintConfidenceBands(ConfidenceBands bands)
    {
        Console.WriteLine();
        Console.WriteLine("word confidence against errors (ground-truth utterances by the mean probability of the words heard in them):");
        Console.WriteLine($"{"mean probability",-18} {"utterances",10} {"words",7} {"WER",6}");
        foreach (var band in bands.Bands)
        {
            Console.WriteLine($"{$"{band.From:0.00}-{band.To:0.00}",-18} {band.Utterances,10} {band.ReferenceWords,7} {band.Rate,6:0.00}");
        }
    }

    // A night of 200 calls holds a few red lines: 4 of 4 found shows recall is 0.51 or over, no more.
    private static void PrintUnshown(EvaluationReport report, double target)
    {
        var rows = report.Figures().Where(f => f.Interval.Low < target).GroupBy(f => f.Row).ToList();
        Console.WriteLine();
        if (rows.Count == 0)
        {
            Console.WriteLine($"every figure is {target:0.00} or over with 95 % confidence");
            return;
        }

        Console.WriteLine($"figures the counts cannot show to be {target:0.00} or over (k of n, 95 % interval; \"under\": shown to be under):");
        foreach (var row in rows)
        {
            var figures = row.Select(f => $"{f.Measure} {f.Value:0.000} ({f.Successes} of {f.Trials}, {f.Interval.Low:0.000}-{f.Interval.High:0.000}{(f.Interval.High < target ? ", under" : "")})");
            Console.WriteLine($"  {row.Key,-36} {string.Join("  ", figures)}");
        }
    }

    private static string Engines(IEnumerable<CallTranscript> transcripts) =>
        string.Join(", ", transcripts.Select(t => $"{t.Engine.Name} ({t.Engine.Model})").Distinct(StringComparer.Ordinal).DefaultIfEmpty("no recogniser"));

    private static void Print(EvaluationReport report, string transcripts, bool sentiment, bool verbose)
    {
        var passes = report.Passes > 1 ? $" x {report.Passes} degradations" : "";
        Console.WriteLine($"{report.Calls} calls{passes}, transcripts: {transcripts}, sentiment model: {(sentiment ? "on" : "off")}");
        if (report.Unheard.Count > 0)
        {
            Console.WriteLine($"not evaluated, no transcript: {string.Join(' ', report.Unheard)}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"event",-32} {"TP",5} {"FP",5} {"FN",5} {"precision",10} {"recall",8} {"detail",9} {"FN in part",10} {"found or in part",16}");
        foreach (var (key, t) in report.Events)
        {
            var detail = t.Compared > 0 ? $"{t.Agreements}/{t.Compared}" : "";
            var inPart = t.FalseNegatives > 0 ? t.HeardInPart.ToString(CultureInfo.InvariantCulture) : "";
            Console.WriteLine($"{key,-32} {t.TruePositives,5} {t.FalsePositives,5} {t.FalseNegatives,5} {t.Precision,10:0.000} {t.Recall,8:0.000} {detail,9} {inPart,10} {t.FoundOrInPart,16:0.000}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"rubric item (positive = No)",-36} {"TP",5} {"FP",5} {"FN",5} {"precision",10} {"recall",8} {"accuracy",9} {"to person",10}");
        foreach (var (key, t) in report.Items)
        {
            Console.WriteLine($"{key,-36} {t.TruePositives,5} {t.FalsePositives,5} {t.FalseNegatives,5} {t.Precision,10:0.000} {t.Recall,8:0.000} {t.Accuracy,9:0.000} {t.LeftToPerson,10}");
        }

        Console.WriteLine();
        var review = report.Review;
        var reasons = string.Join(", ", review.Reasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}"));
        Console.WriteLine($"flagged for review: {review.Flagged} of {review.Analysed} ({100.0 * review.Flagged / Math.Max(1, review.Analysed):0.0} %){(reasons.Length > 0 ? $"; {reasons}" : "")}");
        Console.WriteLine($"provisional scores (most items left to a person): {review.Provisional} of {review.Analysed}");
        Console.WriteLine($"sides read swapped (the agent's words on the side labelled the customer's): {report.SidesSwapped} of {review.Analysed}");
        Console.WriteLine($"lowest figure: {report.Worst:0.000}");
        if (verbose)
        {
            foreach (var line in report.Disagreements)
            {
                Console.WriteLine("  " + line);
            }
        }
    }
}
