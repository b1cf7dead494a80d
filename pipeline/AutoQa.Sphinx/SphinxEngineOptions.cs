namespace AutoQa.Sphinx;

/// <summary>Where PocketSphinx's US-English model lives and how audio is cut into utterances.</summary>
public sealed class SphinxEngineOptions
{
    /// <summary>The Debian package's model folder.</summary>
    public const string DebianModelFolder = "/usr/share/pocketsphinx/model/en-us";

    /// <summary>
    /// Folder holding the acoustic model folder <c>en-us</c>, the language model <c>en-us.lm.bin</c> and the
    /// dictionary <c>cmudict-en-us.dict</c>. The default is <see cref="DebianModelFolder"/> (package pocketsphinx-en-us).
    /// </summary>
    public string ModelFolder { get; init; } = DebianModelFolder;

    /// <summary>
    /// The shortest stretch of quiet that ends an utterance (and so a segment), in seconds. The default is 0.35.
    /// </summary>
    public double MinimumPauseSeconds { get; init; } = 0.35;

    /// <summary>
    /// The longest utterance handed to the decoder in one piece, in seconds; longer speech is cut at its quietest
    /// moment. The default is 20.
    /// </summary>
    public double MaximumUtteranceSeconds { get; init; } = 20;

    /// <summary>
    /// How far above the buffer's noise floor (its 10th-percentile frame energy) a 10 ms frame must be to count as
    /// speech, in dB. The default is 12.
    /// </summary>
    public double SpeechAboveNoiseFloorDb { get; init; } = 12;

    /// <summary>
    /// Frames within this many dB of the buffer's loud frames (its 95th-percentile energy) always count as speech,
    /// so a buffer that is speech throughout (VAD windows) is not mistaken for noise. The default is 20.
    /// </summary>
    public double SpeechBelowPeakDb { get; init; } = 20;

    /// <summary>
    /// Frames quieter than this (dBFS) are never speech, whatever the noise floor. The default is -55.
    /// </summary>
    public double SilenceDbfs { get; init; } = -55;

    /// <summary>
    /// Level of the white noise added to every utterance before decoding, in dBFS (RMS); null adds none.
    /// PocketSphinx's features break down on spectrally empty audio (synthetic voices, digital silence between
    /// words): a faint floor, below the line noise of any real recording, brings its word error rate on espeak-ng
    /// speech from about 0.9 to about 0.3. The default is -50.
    /// </summary>
    public double? NoiseFloorDbfs { get; init; } = -50;

    /// <summary>The acoustic model folder.</summary>
    public string AcousticModelPath => Path.Combine(ModelFolder, "en-us");

    /// <summary>The trigram language model.</summary>
    public string LanguageModelPath => Path.Combine(ModelFolder, "en-us.lm.bin");

    /// <summary>The pronunciation dictionary.</summary>
    public string DictionaryPath => Path.Combine(ModelFolder, "cmudict-en-us.dict");

    /// <summary>Checks the values and that the model files exist.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    /// <exception cref="SphinxException">A model file is missing; the message names it and says to run tools/setup.sh.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinimumPauseSeconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumUtteranceSeconds, 2 * MinimumPauseSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(SpeechAboveNoiseFloorDb);
        ArgumentOutOfRangeException.ThrowIfNegative(SpeechBelowPeakDb);
        if (NoiseFloorDbfs is { } floor)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(floor, -20, nameof(NoiseFloorDbfs));
        }
        var missing = new[] { AcousticModelPath, LanguageModelPath, DictionaryPath }
            .Where(path => !File.Exists(path) && !Directory.Exists(path))
            .ToList();
        if (missing.Count > 0)
        {
            throw new SphinxException(
                $"PocketSphinx's US-English model is incomplete: missing {string.Join(", ", missing)}. "
                + "Run tools/setup.sh (it installs pocketsphinx-en-us) or set the model folder.");
        }
    }
}
