using AutoQa.Sentiment.Model;
using AutoQa.Sentiment.Rules;
using AutoQa.Sentiment.Scoring;

namespace AutoQa.Sentiment;

/// <summary>
/// Scores turns with the ONNX text classifier a model card describes, with the card's rules around it.
/// Load once per process and share: <see cref="Score"/> is thread-safe.
/// </summary>
public sealed class OnnxSentimentScorer : ISentimentScorer, IDisposable
{
    private static readonly int LabelCount = Enum.GetValues<SentimentLabel>().Length;

    private readonly OnnxTextClassifier classifier;
    private readonly SentimentRuleSet? rules;
    private readonly SentimentOptions options;

    private OnnxSentimentScorer(LoadedModelCard card, OnnxTextClassifier classifier, SentimentRuleSet? rules, SentimentOptions options)
    {
        Card = card.Card;
        this.classifier = classifier;
        this.rules = rules;
        this.options = options;
    }

    /// <summary>The model card in use.</summary>
    public SentimentModelCard Card { get; }

    /// <summary>Loads the model card at <paramref name="modelCardPath"/>, its ONNX model and its rules.</summary>
    /// <param name="modelCardPath">The card, for example <see cref="SentimentModelLocator.Find"/>'s answer.</param>
    /// <param name="options">Batch and thread settings; null for the defaults.</param>
    /// <exception cref="SentimentModelException">The card, the model or a rule file is missing or invalid.</exception>
    /// <exception cref="ArgumentException">An option is out of range, or <see cref="SentimentOptions.Language"/> has no rules.</exception>
    public static OnnxSentimentScorer Load(string modelCardPath, SentimentOptions? options = null)
    {
        options ??= new SentimentOptions();
        options.Validate();
        var card = LoadedModelCard.Load(modelCardPath);
        var rules = options.ApplyRules && card.RulesFolder is not null ? SentimentRuleSet.Load(card.RulesFolder) : null;
        if (rules is not null && options.Language is not null && !rules.Languages.Contains(options.Language, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"no sentiment rules for language '{options.Language}' (have: {string.Join(", ", rules.Languages)})", nameof(options));
        }

        return new OnnxSentimentScorer(card, new OnnxTextClassifier(card, options), rules, options);
    }

    /// <inheritdoc />
    /// <exception cref="SentimentModelException">ONNX Runtime fails to run the model.</exception>
    public IReadOnlyList<SentimentScore> Score(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var scores = new SentimentScore[texts.Count];
        for (var start = 0; start < texts.Count; start += options.BatchSize)
        {
            var count = Math.Min(options.BatchSize, texts.Count - start);
            ScoreBatch(texts, start, count, scores);
        }

        return scores;
    }

    /// <inheritdoc />
    public void Dispose() => classifier.Dispose();

    private void ScoreBatch(IReadOnlyList<string> texts, int start, int count, SentimentScore[] scores)
    {
        var prepared = new PreparedTurn?[count];
        var modelTexts = new string[count];
        for (var i = 0; i < count; i++)
        {
            var text = texts[start + i] ?? string.Empty;
            prepared[i] = rules?.Prepare(text, options.Language);
            modelTexts[i] = prepared[i]?.ModelText ?? text;
        }

        var rows = classifier.Classify(modelTexts);
        Span<float> probabilities = stackalloc float[LabelCount];
        for (var i = 0; i < count; i++)
        {
            probabilities.Clear();
            for (var j = 0; j < classifier.Labels.Count; j++)
            {
                probabilities[(int)classifier.Labels[j]] = rows[i][j];
            }

            if (prepared[i] is { } turn)
            {
                rules!.Adjust(turn, probabilities);
            }

            scores[start + i] = new SentimentScore(
                SentimentRuleSet.ArgMax(probabilities),
                probabilities[(int)SentimentLabel.Negative],
                probabilities[(int)SentimentLabel.Neutral],
                probabilities[(int)SentimentLabel.Positive]);
        }
    }
}
