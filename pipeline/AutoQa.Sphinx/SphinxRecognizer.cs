using System.Buffers;
using AutoQa.Sphinx.Native;
using AutoQa.Sphinx.Utterances;
using AutoQa.Transcripts;

namespace AutoQa.Sphinx;

/// <summary>
/// One PocketSphinx decoder: cuts the buffer into utterances at pauses, decodes each, and gives one segment per
/// utterance with its words, times and posterior probabilities. English only. Not thread-safe.
/// </summary>
public sealed class SphinxRecognizer : ISpeechRecognizer
{
    private const int SampleRate = 16_000;

    // A fixed seed keeps the added noise floor, and so the transcript, the same from run to run.
    private const int NoiseSeed = 16_000;

    private readonly SphinxDecoder decoder;
    private readonly UtteranceSplitter splitter;
    private readonly float noiseAmplitude;

    internal SphinxRecognizer(SphinxEngineOptions options, SphinxDecoder decoder)
    {
        this.decoder = decoder;
        splitter = new UtteranceSplitter(options);
        // Uniform noise in [-a, a] has an RMS of a / sqrt(3).
        noiseAmplitude = options.NoiseFloorDbfs is { } floor ? (float)(Math.Pow(10, floor / 20) * Math.Sqrt(3)) : 0f;
    }

    /// <inheritdoc />
    /// <exception cref="SphinxException">
    /// <paramref name="language"/> is not English (PocketSphinx only has a US-English model), or the decoder failed.
    /// </exception>
    public RecognizedSpeech Recognize(ReadOnlySpan<float> samples, string? language, CancellationToken cancellationToken = default)
    {
        EnsureEnglish(language);
        var segments = new List<TranscriptSegment>();
        var utterances = splitter.Split(samples);
        var noise = new Random(NoiseSeed);
        var buffer = ArrayPool<short>.Shared.Rent(utterances.Count == 0 ? 0 : utterances.Max(u => u.Length));
        try
        {
            foreach (var utterance in utterances)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var pcm = buffer.AsSpan(0, utterance.Length);
                ToPcm16(samples.Slice(utterance.Start, utterance.Length), pcm, noise);
                var words = SphinxWords.ToTranscriptWords(
                    decoder.DecodeUtterance(pcm, cancellationToken), (double)utterance.Start / SampleRate);
                if (words.Count > 0)
                {
                    segments.Add(new TranscriptSegment(
                        0, Speaker.Unknown, words[0].Start, words[^1].End, string.Join(' ', words.Select(w => w.Text)), words));
                }
            }
        }
        finally
        {
            ArrayPool<short>.Shared.Return(buffer);
        }

        return new RecognizedSpeech("en", segments);
    }

    /// <summary>Frees the decoder.</summary>
    public void Dispose() => decoder.Dispose();

    private static void EnsureEnglish(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)
            || language.Equals("auto", StringComparison.OrdinalIgnoreCase)
            || language.Equals("en", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("en_", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        throw new SphinxException(
            $"PocketSphinx only has a US-English model, but language '{language}' was requested. "
            + "Use the Whisper engine (--engine whisper) with a multilingual model for other languages.");
    }

    private void ToPcm16(ReadOnlySpan<float> samples, Span<short> pcm, Random noise)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var floor = noiseAmplitude == 0 ? 0 : noiseAmplitude * ((2 * noise.NextSingle()) - 1);
            pcm[i] = (short)Math.Round(Math.Clamp(samples[i] + floor, -1f, 1f) * short.MaxValue);
        }
    }
}
