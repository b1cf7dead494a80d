using AutoQa.Sentiment.Tokenization;

namespace AutoQa.Sentiment.Model;

/// <summary>A validated model card with its paths resolved and its tokenizer built.</summary>
/// <param name="CardPath">The card's full path.</param>
/// <param name="Card">The card as written.</param>
/// <param name="ModelPath">The ONNX file's full path (it exists).</param>
/// <param name="RulesFolder">The rules folder's full path, or null when the card names none.</param>
/// <param name="Labels">The output's labels in order.</param>
/// <param name="Tokenizer">The tokenizer the card describes.</param>
public sealed record LoadedModelCard(
    string CardPath,
    SentimentModelCard Card,
    string ModelPath,
    string? RulesFolder,
    IReadOnlyList<SentimentLabel> Labels,
    ITurnTokenizer Tokenizer)
{
    /// <summary>Reads and validates the card at <paramref name="cardPath"/>.</summary>
    /// <exception cref="SentimentModelException">The card or a file it names is missing or invalid; the message names the file.</exception>
    public static LoadedModelCard Load(string cardPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cardPath);
        var fullPath = Path.GetFullPath(cardPath);
        var card = ModelCardJson.Read<SentimentModelCard>(fullPath);
        var folder = Path.GetDirectoryName(fullPath)!;
        var modelPath = Path.Combine(folder, card.Model);
        if (!File.Exists(modelPath))
        {
            throw new SentimentModelException(fullPath, $"the model file '{modelPath}' it names does not exist");
        }

        var rules = card.Rules is null ? null : Path.Combine(folder, card.Rules);
        if (rules is not null && !Directory.Exists(rules))
        {
            throw new SentimentModelException(fullPath, $"the rules folder '{rules}' it names does not exist");
        }

        if (card.Output.Kind is not ("probabilities" or "logits"))
        {
            throw new SentimentModelException(fullPath, $"unknown output kind '{card.Output.Kind}' (known: probabilities, logits)");
        }

        return new LoadedModelCard(fullPath, card, modelPath, rules, ParseLabels(fullPath, card.Labels),
            TokenizerFactory.Create(fullPath, card.Tokenizer));
    }

    private static SentimentLabel[] ParseLabels(string cardPath, IReadOnlyList<string> names)
    {
        var labels = new SentimentLabel[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            if (!Enum.TryParse(names[i], ignoreCase: true, out labels[i]) || !Enum.IsDefined(labels[i]) || int.TryParse(names[i], out _))
            {
                throw new SentimentModelException(cardPath, $"unknown label '{names[i]}' (known: negative, neutral, positive)");
            }
        }

        if (labels.Distinct().Count() != labels.Length)
        {
            throw new SentimentModelException(cardPath, $"labels repeat: {string.Join(", ", names)}");
        }

        return labels;
    }
}
