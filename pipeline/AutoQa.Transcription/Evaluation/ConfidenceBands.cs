using AutoQa.Transcripts;

namespace AutoQa.Transcription.Evaluation;

/// <summary>
/// How well a recogniser's word probabilities tell its errors: each reference utterance is put in the band of the mean
/// probability of the words the recogniser heard on its channel during it, and each band's word error rate is pooled
/// over its utterances. A threshold on word confidence (the analysis's <c>missing-phrase-min-confidence</c>) is
/// chosen from such a table, per engine.
/// </summary>
public sealed class ConfidenceBands
{
    // A heard word counts for an utterance when it lies within it, give or take this much of a recogniser's timing.
    private const double TimingSlackSeconds = 0.3;

    private readonly double[] upperBounds;
    private readonly Band[] bands;

    /// <summary>Creates bands that end at each of <paramref name="upperBounds"/> (ascending, the last at least 1).</summary>
    public ConfidenceBands(params double[] upperBounds)
    {
        ArgumentNullException.ThrowIfNull(upperBounds);
        if (upperBounds.Length == 0 || upperBounds[^1] < 1 || upperBounds.Zip(upperBounds.Skip(1)).Any(p => p.First >= p.Second))
        {
            throw new ArgumentException("band bounds must ascend and the last must be at least 1", nameof(upperBounds));
        }

        this.upperBounds = upperBounds;
        bands = [.. upperBounds.Select((upper, i) => new Band(i == 0 ? 0 : upperBounds[i - 1], upper))];
    }

    /// <summary>The bands from the lowest mean probability up.</summary>
    public IReadOnlyList<Band> Bands => bands;

    /// <summary>Adds every utterance of <paramref name="reference"/> that the recogniser heard words in.</summary>
    public void Add(CallTranscript reference, CallTranscript heard)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(heard);
        foreach (var utterance in reference.Channels.SelectMany(c => c.Segments))
        {
            var channel = heard.Channels.Count == 1 ? heard.Channels[0] : heard.Channels.FirstOrDefault(c => c.Channel == utterance.Channel);
            var words = channel?.Segments.SelectMany(s => s.Words)
                .Where(w => w.Start >= utterance.Start - TimingSlackSeconds && w.End <= utterance.End + TimingSlackSeconds)
                .ToList() ?? [];
            if (words.Count == 0)
            {
                continue;
            }

            var mean = words.Average(w => (double)w.Probability);
            var index = Array.FindIndex(upperBounds, upper => mean < upper);
            bands[index < 0 ? bands.Length - 1 : index].Add(WordErrorRate.Measure(utterance.Text, string.Join(' ', words.Select(w => w.Text))));
        }
    }

    /// <summary>One band of mean word probability, [<see cref="From"/>, <see cref="To"/>).</summary>
    public sealed class Band(double from, double to)
    {
        private int errors;

        /// <summary>Lowest mean probability of the band.</summary>
        public double From { get; } = from;

        /// <summary>Mean probability the band ends below (the top band includes it).</summary>
        public double To { get; } = to;

        /// <summary>Reference utterances in the band.</summary>
        public int Utterances { get; private set; }

        /// <summary>Their words.</summary>
        public int ReferenceWords { get; private set; }

        /// <summary>Errors over reference words, pooled; 0 for an empty band.</summary>
        public double Rate => ReferenceWords > 0 ? (double)errors / ReferenceWords : 0;

        internal void Add(WordErrorRate utterance)
        {
            Utterances++;
            ReferenceWords += utterance.ReferenceWords;
            errors += utterance.Substitutions + utterance.Deletions + utterance.Insertions;
        }
    }
}
