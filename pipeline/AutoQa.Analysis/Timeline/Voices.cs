using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>
/// A diariser's voices on a mono transcript that does not say who is who ("SPEAKER_00", "SPEAKER_01"): one is the
/// agent's, the others the customer's (a diariser may split a party in two, or give the phone system's recorded
/// messages a voice). Which one the words tell (<see cref="SwappedSides"/>).
/// </summary>
internal static class Voices
{
    /// <summary>
    /// The voices of <paramref name="transcript"/>'s segments without a role, in ordinal order; empty unless every
    /// such segment has one and there are at least two.
    /// </summary>
    public static IReadOnlyList<string> Of(CallTranscript transcript)
    {
        var voices = transcript.Channels
            .SelectMany(channel => channel.Segments.Where(segment => segment.Speaker == Speaker.Unknown && channel.Speaker == Speaker.Unknown))
            .Select(segment => segment.Voice)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return voices.Count >= 2 && !voices.Contains(null) ? [.. voices.OfType<string>().Order(StringComparer.Ordinal)] : [];
    }

    /// <summary><paramref name="transcript"/> with <paramref name="agent"/>'s segments the agent's and the other voices' the customer's.</summary>
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
