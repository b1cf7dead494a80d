namespace AutoQa.Whisper;

/// <summary>
/// How a <see cref="WhisperRecognizer"/> decodes (the fields of whisper.cpp's <c>whisper_full_params</c> AutoQa uses).
/// Validated once when the recogniser is created.
/// </summary>
public sealed class WhisperRecognitionOptions
{
    /// <summary>CPU threads for one transcription. The default is the smaller of 4 and the processor count.</summary>
    public int Threads { get; init; } = Math.Min(4, Environment.ProcessorCount);

    /// <summary>Token selection. The default is <see cref="WhisperSamplingStrategy.Greedy"/>.</summary>
    public WhisperSamplingStrategy Strategy { get; init; } = WhisperSamplingStrategy.Greedy;

    /// <summary>Hypotheses kept by <see cref="WhisperSamplingStrategy.BeamSearch"/>. The default is 5.</summary>
    public int BeamSize { get; init; } = 5;

    /// <summary>Candidates sampled by greedy decoding when the temperature is above 0. The default is 5.</summary>
    public int BestOf { get; init; } = 5;

    /// <summary>The first decoding temperature, in [0, 1]. The default is 0 (deterministic).</summary>
    public float Temperature { get; init; }

    /// <summary>
    /// Temperature added on each fallback, when a window decodes badly (see the two thresholds below); 0 turns the
    /// fallback off. The default is 0.2.
    /// </summary>
    public float TemperatureIncrement { get; init; } = 0.2f;

    /// <summary>Decoding entropy above which a window is decoded again hotter (OpenAI's compression ratio test). The default is 2.4.</summary>
    public float EntropyThreshold { get; init; } = 2.4f;

    /// <summary>Average log probability below which a window is decoded again hotter. The default is -1.</summary>
    public float LogProbabilityThreshold { get; init; } = -1f;

    /// <summary>Probability of "no speech" above which a silent window is skipped, in [0, 1]. The default is 0.6.</summary>
    public float NoSpeechThreshold { get; init; } = 0.6f;

    /// <summary>Text given to the decoder as preceding context (names, product words). The default is null.</summary>
    public string? InitialPrompt { get; init; }

    /// <summary>Computes a start and end per token, which words need. The default is true.</summary>
    public bool TokenTimestamps { get; init; } = true;

    /// <summary>
    /// Language used when a call passes none: an ISO 639-1 code, or "auto" to detect it. English-only models
    /// (*.en) always use "en". The default is "auto".
    /// </summary>
    public string Language { get; init; } = "auto";

    /// <summary>Suppresses a blank first token. The default is true (whisper.cpp's default).</summary>
    public bool SuppressBlank { get; init; } = true;

    /// <summary>Suppresses non-speech tokens (music notes, bracketed sounds). The default is false.</summary>
    public bool SuppressNonSpeechTokens { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Threads, 1, nameof(Threads));
        ArgumentOutOfRangeException.ThrowIfLessThan(BeamSize, 1, nameof(BeamSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(BestOf, 1, nameof(BestOf));
        RequireUnitInterval(Temperature, nameof(Temperature));
        RequireUnitInterval(TemperatureIncrement, nameof(TemperatureIncrement));
        RequireUnitInterval(NoSpeechThreshold, nameof(NoSpeechThreshold));
        if (!Enum.IsDefined(Strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(Strategy), Strategy, "Unknown sampling strategy.");
        }

        if (string.IsNullOrWhiteSpace(Language))
        {
            throw new ArgumentException("Language must be an ISO 639-1 code or \"auto\".", nameof(Language));
        }
    }

    private static void RequireUnitInterval(float value, string name)
    {
        if (!(value is >= 0f and <= 1f))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be in [0, 1].");
        }
    }
}
