using System.Globalization;
using System.Text.RegularExpressions;
using AutoQa.Cli.Tests.Support;

namespace AutoQa.Cli.Tests;

public sealed class EvaluateCommandTests
{
    [Fact]
    public async Task Several_seeds_pool_into_the_sum_of_their_separate_counts()
    {
        using var night = await NightAsync(calls: 3);

        var pooled = await Evaluate(night.Path, ["1", "2"]);
        var first = await Evaluate(night.Path, ["1"]);
        var second = await Evaluate(night.Path, ["2"]);

        Assert.Contains("3 calls x 2 degradations", pooled.Output, StringComparison.Ordinal);
        var rows = Rows(pooled.Output);
        Assert.NotEmpty(rows);
        var (resolved, unresolved) = (rows.GetValueOrDefault("resolution/resolved"), rows.GetValueOrDefault("resolution/unresolved"));
        Assert.Equal(3 * 2, resolved.Item1 + resolved.Item3 + unresolved.Item1 + unresolved.Item3); // each analysis once, by its truth
        Assert.All(rows, row => Assert.Equal(
            (row.Key, Add(Rows(first.Output).GetValueOrDefault(row.Key), Rows(second.Output).GetValueOrDefault(row.Key))),
            (row.Key, row.Value)));
        var (flagged, analysed) = Flagged(pooled.Output);
        Assert.Equal(3 * 2, analysed);
        Assert.Equal(Flagged(first.Output).Flagged + Flagged(second.Output).Flagged, flagged);
        Assert.Equal(Provisional(first.Output) + Provisional(second.Output), Provisional(pooled.Output));
    }

    [Fact]
    public async Task Verbose_lines_name_the_call_and_seed_and_quote_what_was_heard()
    {
        using var night = await NightAsync(calls: 2);

        var result = await Evaluate(night.Path, ["1", "2"], verbose: true);

        var lines = result.Output.Split('\n').Where(line => line.StartsWith("  call-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines); // a third of the words changed leaves some disagreement in two calls
        Assert.All(lines, line => Assert.Matches(@"^  call-\d{4} \([a-z-]+, seed [12]\) ", line));
        Assert.All(lines.Where(line => line.Contains(") missed ", StringComparison.Ordinal)), line => Assert.Contains(" | heard: ", line, StringComparison.Ordinal));
        var inPart = MissesHeardInPart(result.Output);
        Assert.NotEqual(0, inPart.Values.Sum(row => row.InPart)); // a third of the words changed leaves some phrase heard only in part
        Assert.All(inPart, row => Assert.InRange(row.Value.InPart, 0, Rows(result.Output)[row.Key].Item3));
        Assert.Equal(lines.Count(line => line.Contains(") missed (heard in part) ", StringComparison.Ordinal)), inPart.Values.Sum(row => row.InPart));
        Assert.All(inPart, row =>
        {
            var (found, _, missed) = Rows(result.Output)[row.Key];
            Assert.Equal((double)(found + row.Value.InPart) / (found + missed), row.Value.FoundOrInPart, 0.0005);
        });
    }

    [Fact]
    public async Task A_small_nights_figures_are_listed_with_their_interval()
    {
        using var night = await NightAsync(calls: 2);

        var result = await Evaluate(night.Path, ["1"]);

        // Four analyses cannot show any rate to be 0.95 or over: every recall counted is listed, as k of n.
        Assert.Contains("figures the counts cannot show to be 0.95 or over", result.Output, StringComparison.Ordinal);
        var listed = result.Output.Split('\n').Where(line => line.StartsWith("  ", StringComparison.Ordinal)).ToList();
        var counted = Rows(result.Output).Where(row => row.Value.Item1 + row.Value.Item3 > 0).ToList();
        Assert.NotEmpty(counted);
        Assert.All(counted, row =>
        {
            var (found, trials) = (row.Value.Item1, row.Value.Item1 + row.Value.Item3);
            var recall = string.Create(CultureInfo.InvariantCulture, $"recall {(double)found / trials:0.000} ({found} of {trials}, ");
            Assert.Contains(listed, line => line.StartsWith($"  {row.Key} ", StringComparison.Ordinal) && line.Contains(recall, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task A_recognisers_transcripts_are_evaluated_by_call_and_a_call_without_one_is_named()
    {
        using var night = await NightAsync(calls: 2);
        Directory.CreateDirectory(night.File("heard"));
        File.Copy(night.File("truth/call-0001.transcript.json"), night.File("heard/call-0001.transcript.json"));

        var result = await AutoQaProcess.RunAsync("evaluate", night.Path, "--heard", night.File("heard"), "--no-sentiment");
        var both = await AutoQaProcess.RunAsync("evaluate", night.Path, "--heard", night.File("heard"), "--degrade", "0.1");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 calls, transcripts: heard by ground-truth", result.Output, StringComparison.Ordinal);
        Assert.Contains("not evaluated, no transcript: call-0002", result.Output, StringComparison.Ordinal);
        Assert.Contains("lowest figure: 1.000", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, Provisional(result.Output)); // the truth decides every item
        Assert.Contains("sides read swapped (the agent's words on the side labelled the customer's): 0 of 1", result.Output, StringComparison.Ordinal);
        var topBand = Regex.Match(result.Output, @"^0\.80-1\.00 +(\d+) +(\d+) +0\.00$", RegexOptions.Multiline); // the truth heard with certainty
        Assert.True(topBand.Success && int.Parse(topBand.Groups[1].Value, CultureInfo.InvariantCulture) > 0, result.Output);
        Assert.NotEqual(0, both.ExitCode);
        Assert.Contains("--heard and --degrade exclude each other", both.Error, StringComparison.Ordinal);
    }

    private static async Task<TempFolder> NightAsync(int calls)
    {
        Requires.Tool("espeak-ng");
        var night = new TempFolder();
        var synth = await AutoQaProcess.RunAsync("synth", "--out", night.Path, "--calls", calls.ToString(CultureInfo.InvariantCulture), "--seed", "5", "--seconds", "60");
        Assert.True(synth.ExitCode == 0, synth.Error);
        return night;
    }

    private static async Task<CliResult> Evaluate(string night, string[] seeds, bool verbose = false)
    {
        var result = await AutoQaProcess.RunAsync(["evaluate", night, "--degrade", "0.3", "--no-sentiment", "--seed", .. seeds, .. (verbose ? ["--verbose"] : Array.Empty<string>())]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result;
    }

    // Each table row's TP, FP and FN by its key ("greeting", "process.greeting").
    private static Dictionary<string, (int, int, int)> Rows(string output) =>
        output.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length >= 6 && int.TryParse(cells[1], out _))
            .ToDictionary(cells => cells[0], cells => (int.Parse(cells[1]), int.Parse(cells[2]), int.Parse(cells[3])));

    // The event table's last two columns, by key: of the row's false negatives, those heard in part, and the share of
    // true events found or heard in part (only rows with a false negative).
    private static Dictionary<string, (int InPart, double FoundOrInPart)> MissesHeardInPart(string output) =>
        output[..output.IndexOf("rubric item", StringComparison.Ordinal)].Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length >= 8 && int.TryParse(cells[1], out _) && int.Parse(cells[3], CultureInfo.InvariantCulture) > 0)
            .ToDictionary(cells => cells[0], cells => (int.Parse(cells[^2], CultureInfo.InvariantCulture), double.Parse(cells[^1], CultureInfo.InvariantCulture)));

    // The review load line: "flagged for review: 4 of 6 (66.7 %); low-score 3, ...".
    private static (int Flagged, int Analysed) Flagged(string output)
    {
        var match = Regex.Match(output, @"^flagged for review: (\d+) of (\d+) \(", RegexOptions.Multiline);
        Assert.True(match.Success, output);
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    // "provisional scores (most items left to a person): 2 of 6".
    private static int Provisional(string output)
    {
        var match = Regex.Match(output, @"^provisional scores \(most items left to a person\): (\d+) of \d+$", RegexOptions.Multiline);
        Assert.True(match.Success, output);
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static (int, int, int) Add((int, int, int) a, (int, int, int) b) => (a.Item1 + b.Item1, a.Item2 + b.Item2, a.Item3 + b.Item3);
}
