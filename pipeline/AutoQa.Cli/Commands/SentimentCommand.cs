using System.CommandLine;
using System.Globalization;
using AutoQa.Sentiment;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa sentiment TEXT...</c> or <c>--file FILE</c>: the label and probabilities of each utterance, for
/// people tuning rules and for quick checks. Prints "label TAB negative TAB neutral TAB positive TAB text".
/// </summary>
internal static class SentimentCommand
{
    public static Command Create()
    {
        var texts = new Argument<string[]>("text") { Description = "Utterances to score (quote each one)", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<string?>("--file") { Description = "A text file with one utterance a line ('-' for standard input)" };
        var model = new Option<string?>("--model") { Description = $"The model card (default: ${SentimentModelLocator.EnvironmentVariable} or the bundled models/sentiment/model.json)" };
        var language = new Option<string?>("--language") { Description = "Apply this language's rules (en, de, fr, es); default: detected per utterance" };
        var noRules = new Option<bool>("--no-rules") { Description = "Show the model's output without the rules" };
        var command = new Command("sentiment", "Score the sentiment of utterances: label and probabilities per line.") { texts, file, model, language, noRules };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var lines = await ReadUtterancesAsync(parseResult.GetValue(texts) ?? [], parseResult.GetValue(file), cancellationToken);
                if (lines.Count == 0)
                {
                    await Console.Error.WriteLineAsync("autoqa sentiment: give utterances as arguments or with --file.");
                    return 2;
                }

                var options = new SentimentOptions { ApplyRules = !parseResult.GetValue(noRules), Language = parseResult.GetValue(language) };
                using var scorer = OnnxSentimentScorer.Load(SentimentModelLocator.Find(parseResult.GetValue(model)), options);
                var scores = scorer.Score(lines);
                for (var i = 0; i < lines.Count; i++)
                {
                    Console.WriteLine(Format(scores[i], lines[i]));
                }

                return 0;
            }
            catch (Exception e) when (e is SentimentModelException or IOException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"autoqa sentiment: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<IReadOnlyList<string>> ReadUtterancesAsync(string[] texts, string? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return texts;
        }

        var content = file == "-"
            ? await Console.In.ReadToEndAsync(cancellationToken)
            : await File.ReadAllTextAsync(file, cancellationToken);
        return [.. texts, .. content.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0)];
    }

    private static string Format(SentimentScore score, string text) => string.Create(CultureInfo.InvariantCulture,
        $"{score.Label.ToString().ToLowerInvariant()}\t{score.Negative:0.000}\t{score.Neutral:0.000}\t{score.Positive:0.000}\t{text}");
}
