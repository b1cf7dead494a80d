using AutoQa.Transcripts;

namespace AutoQa.Analysis.Evaluation;

/// <summary>
/// Degrades a transcript the way speech recognition does: each word is dropped or substituted at the given
/// rate (half each), deterministically for a seed and call. A substitute is another word of the same call or a
/// misspelling of the word. Segment and word times are kept; a segment that loses every word is dropped, as a
/// recogniser emits no empty segments.
/// </summary>
public sealed class TranscriptDegrader
{

    /// <summary>Creates a degrader.</summary>
    /// <param name="rate">Share of words changed, in [0, 1).</param>
    /// <param name="seed">The same seed degrades a call the same way.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is outside [0, 1).</exception>
    public TranscriptDegrader(double rate, int seed)
    {
        if (rate is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "the word error rate must lie in [0, 1)");
        }

        Rate = rate;
        Seed = seed;
    }

    /// <summary>The share of words changed.</summary>
    public double Rate { get; }

    /// <summary>The seed: the same seed degrades a call the same way.</summary>
    public int Seed { get; }

    /// <summary>The degraded copy of <paramref name="transcript"/>.</summary>
    public CallTranscript Degrade(CallTranscript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var random = new Random(Seed ^ StableHash(transcript.CallId));
        var vocabulary = transcript.Channels.SelectMany(c => c.Segments).SelectMany(s => s.Words).Select(w => w.Text).Distinct().ToArray();
        var channels = transcript.Channels.Select(channel => channel with
        {
            Segments = [.. channel.Segments.Select(segment => Degrade(segment, random, vocabulary)).Where(segment => segment.Words.Count > 0)],
        }).ToList();
        return transcript with { Channels = channels };
    }

    private TranscriptSegment Degrade(TranscriptSegment segment, Random random, string[] vocabulary)
    {
        var words = new List<TranscriptWord>(segment.Words.Count);
        foreach (var word in segment.Words)
        {
            var draw = random.NextDouble();
            if (draw < Rate / 2)
            {
                continue;
            }

            words.Add(draw < Rate ? word with { Text = Substitute(word.Text, random, vocabulary) } : word);
        }

        return segment with { Words = words, Text = string.Join(' ', words.Select(w => w.Text)) };
    }

    private static string Substitute(string word, Random random, string[] vocabulary)
    {
        if (random.Next(2) == 0 && vocabulary.Length > 1)
        {
            return vocabulary[random.Next(vocabulary.Length)];
        }

        if (word.Length < 3)
        {
            return word + "h";
        }

        var i = random.Next(1, word.Length - 1);
        return word.Remove(i, 1);
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
