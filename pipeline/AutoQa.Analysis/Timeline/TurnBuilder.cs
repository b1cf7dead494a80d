using AutoQa.Analysis.Text;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>
/// Builds a call's utterances from any transcript: on stereo the channel says who speaks (the metadata names the
/// agent's channel) unless the transcript already labels it, on mono the segments' speaker labels do. Segments of one speaker closer than the utterance
/// gap merge; segment times (not word times) bound an utterance, so a dropped word does not split it.
/// </summary>
internal sealed class TurnBuilder(double utteranceGapSeconds, SensitiveDataMasker masker)
{
    public List<Turn> Build(CallTranscript transcript, CallMetadata metadata)
    {
        var stereo = transcript.Channels.Count >= 2;
        var pieces = transcript.Channels
            .SelectMany(channel => channel.Segments.Select(segment => (Speaker: SpeakerOf(segment, channel, stereo, metadata), Segment: segment)))
            .Where(piece => piece.Speaker != Speaker.Unknown && piece.Segment.End > piece.Segment.Start)
            .GroupBy(piece => piece.Speaker);
        var turns = new List<Turn>();
        foreach (var group in pieces)
        {
            Turn? current = null;
            foreach (var (speaker, segment) in group.OrderBy(p => p.Segment.Start))
            {
                var words = masker.Mask(WordsOf(segment));
                if (current is not null && segment.Start - current.End <= utteranceGapSeconds)
                {
                    current = current with { End = Math.Max(current.End, segment.End), Words = [.. current.Words, .. words] };
                    continue;
                }

                if (current is not null)
                {
                    turns.Add(current);
                }

                current = new Turn(0, speaker, segment.Start, segment.End, "", words);
            }

            if (current is not null)
            {
                turns.Add(current);
            }
        }

        turns.Sort((a, b) => a.Start.CompareTo(b.Start));
        return turns.Select((t, i) => t with { Index = i, Text = string.Join(' ', t.Words.Select(w => w.Text)) }).ToList();
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

    // Engines without word times still give text: spread its words evenly over the segment.
    private static IReadOnlyList<TranscriptWord> WordsOf(TranscriptSegment segment)
    {
        if (segment.Words.Count > 0)
        {
            return segment.Words;
        }

        var texts = segment.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var step = (segment.End - segment.Start) / Math.Max(1, texts.Length);
        return [.. texts.Select((text, i) => new TranscriptWord(segment.Start + (i * step), segment.Start + ((i + 1) * step), text, 1f))];
    }
}
