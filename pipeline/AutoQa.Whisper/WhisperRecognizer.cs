using System.Text;
using AutoQa.Transcripts;
using AutoQa.Whisper.Native;
using AutoQa.Whisper.Words;

namespace AutoQa.Whisper;

/// <summary>
/// One transcription worker: its own whisper state on the engine's shared model. Not thread-safe: give each
/// worker its own, from <see cref="WhisperEngine.CreateRecognizer()"/>.
/// </summary>
public sealed class WhisperRecognizer : ISpeechRecognizer
{
    // whisper.cpp processes nothing shorter than 100 ms and would detect a language from stale mel frames.
    private const int MinimumSamples = 1_600;
    private const double SecondsPerTick = 0.01;
    private const double SampleRate = 16_000;

    private readonly WhisperEngine engine;
    private readonly NativeState state;
    private readonly WhisperFullParams parameters;
    private int busy;

    internal WhisperRecognizer(WhisperEngine engine, WhisperRecognitionOptions options, NativeState state)
    {
        if (options.Language != "auto" && !WhisperEngine.IsKnownLanguage(options.Language))
        {
            state.Dispose();
            throw new ArgumentException($"whisper does not know the language '{options.Language}'.", nameof(options));
        }

        this.engine = engine;
        this.state = state;
        Options = options;
        parameters = WhisperFull.CreateParams(options);
    }

    /// <summary>The decoding options of this worker.</summary>
    public WhisperRecognitionOptions Options { get; }

    /// <inheritdoc />
    /// <exception cref="WhisperException">whisper.cpp returned an error code.</exception>
    public RecognizedSpeech Recognize(ReadOnlySpan<float> samples, string? language, CancellationToken cancellationToken = default) =>
        Transcribe(samples, language, cancellationToken).ToRecognizedSpeech();

    /// <summary>Transcribes 16 kHz mono float PCM, keeping whisper's tokens.</summary>
    /// <param name="samples">The audio, 16 kHz mono, in [-1, 1]. Under 100 ms gives no segments.</param>
    /// <param name="language">ISO 639-1 code to force, "auto" to detect, or null for <see cref="WhisperRecognitionOptions.Language"/>.</param>
    /// <param name="cancellationToken">Stops whisper.cpp between graph computations; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">Whisper does not know <paramref name="language"/>.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using this recogniser.</exception>
    /// <exception cref="WhisperException">whisper.cpp returned an error code.</exception>
    public WhisperTranscription Transcribe(ReadOnlySpan<float> samples, string? language = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var chosen = ChooseLanguage(language);
        if (samples.Length < MinimumSamples)
        {
            return new WhisperTranscription(chosen == "auto" ? null : chosen, []);
        }

        if (Interlocked.Exchange(ref busy, 1) == 1)
        {
            throw new InvalidOperationException("A WhisperRecognizer is not thread-safe: create one per worker.");
        }

        try
        {
            var code = state.Run(parameters, chosen, Options.InitialPrompt, samples, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (code != 0)
            {
                throw new WhisperException(
                    WhisperErrorKind.TranscriptionFailed,
                    $"whisper.cpp failed to transcribe {samples.Length} samples with model {engine.ModelPath} (whisper_full returned {code}).",
                    engine.ModelPath,
                    code);
            }

            var duration = samples.Length / SampleRate;
            return new WhisperTranscription(state.Language(), [.. state.Segments().Select(segment => ToSegment(segment, duration))]);
        }
        finally
        {
            Volatile.Write(ref busy, 0);
        }
    }

    /// <summary>Frees the whisper state.</summary>
    public void Dispose() => state.Dispose();

    private string ChooseLanguage(string? language)
    {
        if (!engine.IsMultilingual)
        {
            return "en";
        }

        var chosen = string.IsNullOrWhiteSpace(language) ? Options.Language : language;
        if (chosen != "auto" && !WhisperEngine.IsKnownLanguage(chosen))
        {
            throw new ArgumentException($"whisper does not know the language '{chosen}'.", nameof(language));
        }

        return chosen;
    }

    // whisper's last window can carry timestamps past the end of the audio: times are clamped to the buffer.
    private WhisperSegment ToSegment(NativeSegment segment, double duration)
    {
        var start = Math.Clamp(segment.T0 * SecondsPerTick, 0, duration);
        var end = Math.Clamp(segment.T1 * SecondsPerTick, start, duration);
        var tokens = segment.Tokens.Select(token => ToToken(token, start, end)).ToArray();
        var words = Options.TokenTimestamps
            ? WordAssembler.Assemble(segment.Tokens.Zip(tokens).Where(pair => !pair.Second.IsSpecial)
                .Select(pair => new WordPiece(pair.First.Utf8, pair.Second.Start, pair.Second.End, pair.Second.Probability)))
            : [];
        return new WhisperSegment(start, end, segment.Text.Trim(), segment.NoSpeechProbability, tokens, words);
    }

    private WhisperToken ToToken(NativeToken token, double segmentStart, double segmentEnd)
    {
        var (start, end) = Options.TokenTimestamps
            ? (Math.Clamp(token.T0 * SecondsPerTick, segmentStart, segmentEnd), Math.Clamp(token.T1 * SecondsPerTick, segmentStart, segmentEnd))
            : (segmentStart, segmentEnd);
        return new WhisperToken(
            token.Id,
            Encoding.UTF8.GetString(token.Utf8),
            start,
            Math.Max(start, end),
            token.Probability,
            token.Id >= engine.FirstSpecialToken);
    }
}
