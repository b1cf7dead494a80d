using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>
/// A diariser's voices on a mono transcript that does not say who is who ("SPEAKER_00" and "SPEAKER_01"): a call has
/// two parties, so two voices, one the agent's. Which one the words tell (<see cref="SwappedSides"/>).
/// </summary>
internal static class Voices
{
    /// <summary>
    /// The two voices of <paramref name="transcript"/>'s segments without a role, in ordinal order; null unless every
    /// such segment has one of exactly two voices.
    /// </summary>
    public static (string First, string Second)? Of(CallTranscript transcript)
    {
        var voices = transcript.Channels
            .SelectMany(channel => channel.Segments.Where(segment => segment.Speaker == Speaker.Unknown && channel.Speaker == Speaker.Unknown))
            .Select(segment => segment.Voice)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return voices is [{ } first, { } second] ? (first, second) : null;
    }

    /// <summary><paramref name="transcript"/> with <paramref name="agent"/>'s segments the agent's and the other voice's the customer's.</summary>
    public static CallTranscript WithAgent(CallTranscript transcript, string agent) => transcript with
    {
        Channels = [.. transcript.Channels.Select(channel => channel with
        {
            Segments = [.. channel.Segments.Select(segment => segment.Voice is null || segment.Speaker != Speaker.Unknown
                ? segment
                : segment with { Speaker = segment.Voice == agent ? Speaker.Agent : Speaker.Customer })],
        })],
    };
}
