using AutoQa.Sentiment.Model;
using AutoQa.Sentiment.Tokenization;

namespace AutoQa.Sentiment.Rules;

/// <summary>
/// The rules applied around the model, loaded from a folder of data files: <c>weights.json</c> and one
/// <c>LANG.json</c> per language (<see cref="LanguageRules"/>). Before the model, fillers and stutters are
/// removed; after it, intensifiers sharpen, and negated polar words and idioms pull the probabilities toward
/// their label. Thread-safe once loaded.
/// </summary>
public sealed class SentimentRuleSet
{
    private const string WeightsFile = "weights.json";

    private readonly Dictionary<string, CompiledLanguageRules> languages;
    private readonly RuleWeights weights;

    private SentimentRuleSet(Dictionary<string, CompiledLanguageRules> languages, RuleWeights weights)
    {
        this.languages = languages;
        this.weights = weights;
    }

    /// <summary>The languages that have rules.</summary>
    public IReadOnlyCollection<string> Languages => languages.Keys;

    /// <summary>Loads every rule file in <paramref name="folder"/>.</summary>
    /// <exception cref="SentimentModelException">A file is missing or invalid; the message names it.</exception>
    public static SentimentRuleSet Load(string folder)
    {
        var weightsPath = Path.Combine(folder, WeightsFile);
        var weights = ModelCardJson.Read<RuleWeights>(weightsPath);
        var languages = new Dictionary<string, CompiledLanguageRules>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Where(f => Path.GetFileName(f) != WeightsFile).Order(StringComparer.Ordinal))
        {
            var rules = ModelCardJson.Read<LanguageRules>(file);
            if (rules.NegationScope < 1 || !languages.TryAdd(rules.Language, new CompiledLanguageRules(rules)))
            {
                throw new SentimentModelException(file, $"language '{rules.Language}' is repeated or its negationScope is below 1");
            }
        }

        if (!languages.ContainsKey(weights.DefaultLanguage))
        {
            throw new SentimentModelException(weightsPath, $"no rule file for the default language '{weights.DefaultLanguage}'");
        }

        return new SentimentRuleSet(languages, weights);
    }

    /// <summary>Normalises <paramref name="text"/> and removes fillers, using <paramref name="language"/>'s rules or, when null, the best-matching language's.</summary>
    public PreparedTurn Prepare(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextNormalizer.Words(text, foldAccents: true);
        var rules = language is null ? Detect(words) : Rules(language);
        var cleaned = rules.Clean(words);
        return new PreparedTurn(string.Join(' ', cleaned), cleaned, rules.Language);
    }

    /// <summary>Adjusts <paramref name="probabilities"/> (indexed by <see cref="SentimentLabel"/>, summing to 1) in place.</summary>
    public void Adjust(PreparedTurn turn, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var rules = Rules(turn.Language);
        var intensifiers = Math.Min(rules.CountIntensifiers(turn.Words), weights.MaxIntensifiers);
        if (intensifiers > 0 && ArgMax(probabilities) != SentimentLabel.Neutral)
        {
            Sharpen(probabilities, 1 + (weights.IntensifierBoost * intensifiers));
        }

        var covered = new bool[turn.Words.Count];
        var idioms = rules.Idioms(turn.Words, covered);
        foreach (var label in rules.Negations(turn.Words, covered))
        {
            PullToward(probabilities, label, weights.NegationStrength);
        }

        foreach (var label in idioms)
        {
            PullToward(probabilities, label, weights.IdiomStrength);
        }
    }

    /// <summary>The label with the highest probability (the first on a tie).</summary>
    public static SentimentLabel ArgMax(ReadOnlySpan<float> probabilities)
    {
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        return (SentimentLabel)best;
    }

    private CompiledLanguageRules Rules(string language) =>
        languages.TryGetValue(language, out var rules) ? rules : languages[weights.DefaultLanguage];

    private CompiledLanguageRules Detect(IReadOnlyList<string> words)
    {
        var best = languages[weights.DefaultLanguage];
        var bestHits = words.Count(best.Markers.Contains);
        foreach (var candidate in languages.Values)
        {
            var hits = words.Count(candidate.Markers.Contains);
            if (hits > bestHits)
            {
                (best, bestHits) = (candidate, hits);
            }
        }

        return best;
    }

    private static void Sharpen(Span<float> probabilities, float power)
    {
        var sum = 0f;
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = MathF.Pow(probabilities[i], power);
            sum += probabilities[i];
        }

        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= sum;
        }
    }

    private static void PullToward(Span<float> probabilities, SentimentLabel label, float strength)
    {
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = ((1 - strength) * probabilities[i]) + (i == (int)label ? strength : 0);
        }
    }
}
