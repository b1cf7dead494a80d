using AutoQa.Sentiment;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>One utterance: a stretch of one party's speech with no pause longer than the utterance gap.</summary>
/// <param name="Index">Position in the call's turns, ordered by start.</param>
/// <param name="Speaker">Who speaks.</param>
/// <param name="Start">Start in seconds from the call's start.</param>
/// <param name="End">End in seconds from the call's start.</param>
/// <param name="Text">What is said, card numbers masked.</param>
/// <param name="Words">The words with times, card numbers masked.</param>
public sealed record Turn(int Index, Speaker Speaker, double Start, double End, string Text, IReadOnlyList<TranscriptWord> Words)
{
    /// <summary>Length in seconds.</summary>
    public double Duration => End - Start;

    /// <summary>The turn's sentiment, or null when no scorer ran.</summary>
    public SentimentScore? Sentiment { get; init; }

    /// <summary>True for a short listener response ("mm-hmm", "right") that is not a bid for the floor.</summary>
    public bool Backchannel { get; init; }
}
