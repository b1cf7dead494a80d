using System.CommandLine;
using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Sentiment;

namespace AutoQa.Cli.Commands;

/// <summary>
/// The options that choose how <c>analyze</c> and <c>evaluate</c> build their QA engine: the rubric, and the ONNX
/// sentiment model (on by default, as in production; <c>--no-sentiment</c> leaves frustration to the phrase packs).
/// </summary>
internal sealed class QaEngineChoice
{
    private readonly Option<string?> rubric = new("--rubric") { Description = "Rubric YAML (default: the shipped default rubric)" };
    private readonly Option<bool> noSentiment = new("--no-sentiment") { Description = "Do not score turns with the ONNX sentiment model (frustration from the phrase packs alone)" };
    private readonly Option<string?> sentimentModel = new("--sentiment-model") { Description = $"Sentiment model card (default: ${SentimentModelLocator.EnvironmentVariable} or the bundled models/sentiment/model.json)" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(rubric);
        command.Options.Add(noSentiment);
        command.Options.Add(sentimentModel);
    }

    /// <summary>The engine, and the sentiment scorer it uses (the caller disposes it), or null when turned off.</summary>
    /// <exception cref="RubricException">The rubric is invalid.</exception>
    /// <exception cref="SentimentModelException">The sentiment model cannot be found or loaded.</exception>
    public (QaEngine Engine, OnnxSentimentScorer? Sentiment) Create(ParseResult parseResult)
    {
        var rubricFile = parseResult.GetValue(rubric);
        var definition = rubricFile is null ? RubricLoader.LoadDefault() : RubricLoader.Load(rubricFile);
        var scorer = parseResult.GetValue(noSentiment) ? null : OnnxSentimentScorer.Load(SentimentModelLocator.Find(parseResult.GetValue(sentimentModel)));
        return (new QaEngine(definition, scorer), scorer);
    }
}
