namespace AutoQa.Audio.Vad;

/// <summary>
/// Turns per-chunk speech probabilities into padded regions with hysteresis, minimum speech and minimum
/// silence, following Silero's reference <c>get_speech_timestamps</c> (without its max-speech splitting).
/// </summary>
internal static class SpeechRegionBuilder
{
    private const int SampleRate = 16_000;

    public static IReadOnlyList<SpeechRegion> Build(ReadOnlySpan<float> probabilities, int sampleCount, SileroVadOptions options)
    {
        var minSpeech = SampleRate * options.MinSpeechMilliseconds / 1000;
        var minSilence = SampleRate * options.MinSilenceMilliseconds / 1000;
        var negative = options.ResolvedNegativeThreshold;
        var regions = new List<(int Start, int End)>();
        int? start = null;
        var silenceStart = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var at = i * SileroStepper.ChunkSamples;
            var p = probabilities[i];
            if (p >= options.Threshold)
            {
                silenceStart = 0;
                start ??= at;
                continue;
            }

            if (start is null || p >= negative)
            {
                continue;
            }

            if (silenceStart == 0)
            {
                silenceStart = at;
            }

            if (at - silenceStart >= minSilence)
            {
                if (silenceStart - start.Value > minSpeech)
                {
                    regions.Add((start.Value, silenceStart));
                }

                start = null;
                silenceStart = 0;
            }
        }

        if (start is { } open && sampleCount - open > minSpeech)
        {
            regions.Add((open, sampleCount));
        }

        return Pad(regions, sampleCount, SampleRate * options.SpeechPadMilliseconds / 1000);
    }

    // Pads each region; when two regions are closer than two pads, the gap is shared between them instead.
    private static SpeechRegion[] Pad(List<(int Start, int End)> regions, int sampleCount, int pad)
    {
        var padded = new SpeechRegion[regions.Count];
        for (var i = 0; i < regions.Count; i++)
        {
            var start = i == 0 ? Math.Max(0, regions[i].Start - pad) : regions[i].Start - HalfGapOrPad(regions[i - 1].End, regions[i].Start, pad);
            var end = i == regions.Count - 1 ? Math.Min(sampleCount, regions[i].End + pad) : regions[i].End + HalfGapOrPad(regions[i].End, regions[i + 1].Start, pad);
            padded[i] = new SpeechRegion((double)start / SampleRate, (double)end / SampleRate);
        }

        return padded;
    }

    private static int HalfGapOrPad(int previousEnd, int nextStart, int pad)
    {
        var gap = nextStart - previousEnd;
        return gap < 2 * pad ? gap / 2 : pad;
    }
}
