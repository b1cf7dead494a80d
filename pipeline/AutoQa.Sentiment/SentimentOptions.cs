namespace AutoQa.Sentiment;

/// <summary>How <see cref="OnnxSentimentScorer"/> runs. Validated once when the scorer is loaded.</summary>
public sealed class SentimentOptions
{
    /// <summary>Texts per ONNX Runtime call. The default is 64.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>
    /// Threads ONNX Runtime uses inside one call. The default is 1: the pipeline scores several calls in
    /// parallel, and one thread per call avoids oversubscribing the cores.
    /// </summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>Threads ONNX Runtime uses across independent graph nodes. The default is 1.</summary>
    public int InterOpThreads { get; init; } = 1;

    /// <summary>Whether the card's rules (fillers, negation, intensifiers, idioms) are applied. The default is true.</summary>
    public bool ApplyRules { get; init; } = true;

    /// <summary>
    /// The language whose rules apply (for example "de"), or null to pick, per text, the rule language whose
    /// marker words it uses most. The default is null.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(IntraOpThreads, 1, nameof(IntraOpThreads));
        ArgumentOutOfRangeException.ThrowIfLessThan(InterOpThreads, 1, nameof(InterOpThreads));
    }
}
