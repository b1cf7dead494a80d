namespace AutoQa.Sphinx.Utterances;

/// <summary>
/// Cuts a 16 kHz buffer into utterances at pauses, from 10 ms frame energies measured against the buffer's own
/// noise floor and loud frames, and leaves out the quiet between them (PocketSphinx only hallucinates there).
/// </summary>
internal sealed class UtteranceSplitter
{
    /// <summary>PocketSphinx's frame: 10 ms at 16 kHz.</summary>
    public const int FrameSamples = 160;

    // Speech shorter than this is a click, not a word.
    private const int MinimumSpeechFrames = 5;
    private const double NoiseFloorPercentile = 0.10;
    private const double PeakPercentile = 0.95;

    private readonly int minimumPauseFrames;
    private readonly int maximumUtteranceFrames;
    private readonly int paddingFrames;
    private readonly double speechAboveFloorDb;
    private readonly double speechBelowPeakDb;
    private readonly double silenceDbfs;

    public UtteranceSplitter(SphinxEngineOptions options)
    {
        minimumPauseFrames = (int)Math.Round(options.MinimumPauseSeconds * 100);
        maximumUtteranceFrames = (int)Math.Round(options.MaximumUtteranceSeconds * 100);
        // Half a pause on each side keeps word edges without letting neighbouring utterances overlap.
        paddingFrames = Math.Min(15, minimumPauseFrames / 2);
        speechAboveFloorDb = options.SpeechAboveNoiseFloorDb;
        speechBelowPeakDb = options.SpeechBelowPeakDb;
        silenceDbfs = options.SilenceDbfs;
    }

    /// <summary>The utterances of <paramref name="samples"/>, in order; empty when it holds no speech.</summary>
    public IReadOnlyList<Utterance> Split(ReadOnlySpan<float> samples)
    {
        var frameCount = (samples.Length + FrameSamples - 1) / FrameSamples;
        if (frameCount == 0)
        {
            return [];
        }

        var energies = FrameEnergies(samples, frameCount);
        var sorted = energies.Order().ToArray();
        var threshold = Math.Max(
            silenceDbfs,
            Math.Min(Percentile(sorted, NoiseFloorPercentile) + speechAboveFloorDb, Percentile(sorted, PeakPercentile) - speechBelowPeakDb));
        var utterances = new List<Utterance>();
        foreach (var (first, last) in SpeechRuns(energies, threshold))
        {
            var start = Math.Max(0, first - paddingFrames);
            var end = Math.Min(frameCount, last + 1 + paddingFrames);
            foreach (var (pieceStart, pieceEnd) in CutLong(energies, start, end))
            {
                var startSample = pieceStart * FrameSamples;
                utterances.Add(new Utterance(startSample, Math.Min(samples.Length, pieceEnd * FrameSamples) - startSample));
            }
        }

        return utterances;
    }

    private static double[] FrameEnergies(ReadOnlySpan<float> samples, int frameCount)
    {
        var energies = new double[frameCount];
        for (var frame = 0; frame < frameCount; frame++)
        {
            var slice = samples.Slice(frame * FrameSamples, Math.Min(FrameSamples, samples.Length - (frame * FrameSamples)));
            double sum = 0;
            foreach (var sample in slice)
            {
                sum += sample * sample;
            }

            energies[frame] = 10 * Math.Log10((sum / slice.Length) + 1e-12);
        }

        return energies;
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)(fraction * (sorted.Length - 1))];

    /// <summary>Runs of speech frames (first, last inclusive) with pauses shorter than the minimum bridged.</summary>
    private List<(int First, int Last)> SpeechRuns(double[] energies, double threshold)
    {
        var runs = new List<(int First, int Last, int SpeechFrames)>();
        for (var frame = 0; frame < energies.Length; frame++)
        {
            if (energies[frame] <= threshold)
            {
                continue;
            }

            if (runs.Count > 0 && frame - runs[^1].Last <= minimumPauseFrames)
            {
                runs[^1] = (runs[^1].First, frame, runs[^1].SpeechFrames + 1);
            }
            else
            {
                runs.Add((frame, frame, 1));
            }
        }

        return runs.Where(r => r.SpeechFrames >= MinimumSpeechFrames).Select(r => (r.First, r.Last)).ToList();
    }

    /// <summary>Cuts [start, end) frames into pieces no longer than the maximum, each at its quietest frame.</summary>
    private IEnumerable<(int Start, int End)> CutLong(double[] energies, int start, int end)
    {
        while (end - start > maximumUtteranceFrames)
        {
            var cut = start + (maximumUtteranceFrames / 2);
            for (var frame = cut; frame < start + maximumUtteranceFrames; frame++)
            {
                if (energies[frame] < energies[cut])
                {
                    cut = frame;
                }
            }

            yield return (start, cut);
            start = cut;
        }

        yield return (start, end);
    }
}
