using AutoQa.Analysis.Text;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>
/// Builds a call's utterances from any transcript: on stereo the channel says who speaks (the metadata names the
/// agent's channel) unless the transcript already labels it, on mono the segments' speaker labels do. A segment is
/// first cut where its words leave a silence longer than the word-pause split (a recogniser's segment spanning a
/// pause); then pieces of one speaker closer than the utterance gap merge. Segment times, not word times, bound the
/// rest, so a dropped word does not split an utterance. Sounds a recogniser wrote ("[Music]") are no one's words
/// (<see cref="SoundAnnotations"/>), and so are the video outros Whisper writes over silence (<see cref="Hallucinations"/>):
/// a segment of nothing else is no speech, and one that starts or ends with them is bounded by its spoken words.
/// </summary>
internal sealed class TurnBuilder(double utteranceGapSeconds, double wordPauseSplitSeconds, SensitiveDataMasker masker, Hallucinations hallucinations)
{
    /// <summary>
    /// The call's utterances in time order. Speech no party is known to have said is left out, or, with
    /// <paramref name="keepUnattributed"/>, kept as utterances of <see cref="Speaker.Unknown"/>.
    /// </summary>
    public List<Turn> Build(CallTranscript transcript, CallMetadata metadata, bool keepUnattributed = false)
    {
        var stereo = transcript.Channels.Count >= 2;
        var pieces = transcript.Channels
            .SelectMany(channel => channel.Segments.Select(segment => (Speaker: SpeakerOf(segment, channel, stereo, metadata), Segment: segment)))
            .Where(piece => (keepUnattributed || piece.Speaker != Speaker.Unknown) && piece.Segment.End > piece.Segment.Start)
            .SelectMany(piece => SplitAtPauses(piece.Segment).Select(part => (piece.Speaker, Part: part)))
            .GroupBy(piece => piece.Speaker);
        var turns = new List<Turn>();
        foreach (var group in pieces)
        {
            Turn? current = null;
            foreach (var (speaker, part) in group.OrderBy(p => p.Part.Start))
            {
                var words = masker.Mask(part.Words);
                if (current is not null && part.Start - current.End <= utteranceGapSeconds)
                {
                    current = current with { End = Math.Max(current.End, part.End), Words = [.. current.Words, .. words] };
                    continue;
                }

                if (current is not null)
                {
                    turns.Add(current);
                }

                current = new Turn(0, speaker, part.Start, part.End, "", words);
            }

            if (current is not null)
            {
                turns.Add(current);
            }
        }

        turns.Sort((a, b) => a.Start.CompareTo(b.Start));
        return turns.Select((t, i) => t with { Index = i, Text = string.Join(' ', t.Words.Select(w => w.Text)) }).ToList();
    }

    /// <summary>Seconds of segments with words whose speaker neither the transcript nor the channel layout tells.</summary>
    public double UnattributedSeconds(CallTranscript transcript, CallMetadata metadata)
    {
        var stereo = transcript.Channels.Count >= 2;
        return transcript.Channels
            .SelectMany(channel => channel.Segments.Where(segment => SpeakerOf(segment, channel, stereo, metadata) == Speaker.Unknown && WordsOf(segment).Count > 0))
            .Sum(segment => Math.Max(0, segment.End - segment.Start));
    }

    private static Speaker SpeakerOf(TranscriptSegment segment, ChannelTranscript channel, bool stereo, CallMetadata metadata)
    {
        if (segment.Speaker != Speaker.Unknown)
        {
            return segment.Speaker;
        }

        if (channel.Speaker != Speaker.Unknown || !stereo)
        {
            return channel.Speaker;
        }

        return channel.Channel == metadata.AgentChannel ? Speaker.Agent : Speaker.Customer;
    }

    // The segment's spoken words in runs without a silence longer than the split; the first run starts where the
    // segment does and the last ends where it does, unless sounds were written there.
    private IEnumerable<(double Start, double End, IReadOnlyList<TranscriptWord> Words)> SplitAtPauses(TranscriptSegment segment)
    {
        var written = WrittenWords(segment);
        var words = Spoken(written);
        if (words.Count == 0)
        {
            yield break;
        }

        var (first, start) = (0, ReferenceEquals(words[0], written[0]) ? segment.Start : words[0].Start);
        var end = ReferenceEquals(words[^1], written[^1]) ? segment.End : words[^1].End;
        for (var w = 1; w < words.Count; w++)
        {
            if (words[w].Start - words[w - 1].End > wordPauseSplitSeconds)
            {
                yield return (start, words[w - 1].End, words.Skip(first).Take(w - first).ToList());
                (first, start) = (w, words[w].Start);
            }
        }

        yield return (start, end, first == 0 ? words : words.Skip(first).ToList());
    }

    // The segment's spoken words.
    private IReadOnlyList<TranscriptWord> WordsOf(TranscriptSegment segment) => Spoken(WrittenWords(segment));

    private IReadOnlyList<TranscriptWord> Spoken(IReadOnlyList<TranscriptWord> written) => hallucinations.Without(SoundAnnotations.Without(written));

    // The segment's words as written, in time order and inside the segment: an engine's word times may stray past
    // its segment's, run backwards or come out of order. Engines without word times still give text: spread its
    // words evenly over the segment.
    private static IReadOnlyList<TranscriptWord> WrittenWords(TranscriptSegment segment)
    {
        if (segment.Words.Count == 0)
        {
            var texts = segment.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var step = (segment.End - segment.Start) / Math.Max(1, texts.Length);
            return [.. texts.Select((text, i) => new TranscriptWord(segment.Start + (i * step), segment.Start + ((i + 1) * step), text, 1f))];
        }

        return InOrderInside(segment) ? segment.Words : [.. segment.Words.Select(w => Inside(w, segment)).OrderBy(w => w.Start)];
    }

    private static TranscriptWord Inside(TranscriptWord word, TranscriptSegment segment)
    {
        var start = Math.Clamp(word.Start, segment.Start, segment.End);
        return word with { Start = start, End = Math.Clamp(word.End, start, segment.End) };
    }

    private static bool InOrderInside(TranscriptSegment segment)
    {
        var previousStart = segment.Start;
        foreach (var word in segment.Words)
        {
            if (word.Start < previousStart || word.End < word.Start || word.End > segment.End)
            {
                return false;
            }

            previousStart = word.Start;
        }

        return true;
    }
}
