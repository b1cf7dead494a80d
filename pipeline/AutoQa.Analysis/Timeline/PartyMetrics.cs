using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>The timeline measures of one party.</summary>
/// <param name="Speaker">The party.</param>
/// <param name="Turns">Utterances, backchannels included.</param>
/// <param name="TalkSeconds">Time speaking (overlapping utterances of the party counted once).</param>
/// <param name="WordsPerMinute">Words per minute of talk time.</param>
/// <param name="LongestMonologueSeconds">The longest single utterance.</param>
/// <param name="Interruptions">Interruptions this party made.</param>
/// <param name="InterruptionSeconds">Total overlap of those interruptions.</param>
public sealed record PartyMetrics(
    Speaker Speaker,
    int Turns,
    double TalkSeconds,
    double WordsPerMinute,
    double LongestMonologueSeconds,
    int Interruptions,
    double InterruptionSeconds);
