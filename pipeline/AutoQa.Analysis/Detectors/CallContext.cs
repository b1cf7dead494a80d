using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Timeline;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>What every detector reads: the call's analysed turns, the options, the call's phrase pack and start.</summary>
internal sealed class CallContext(IReadOnlyList<AnalysedTurn> turns, AnalysisOptions options, CompiledPhrasePack pack, double duration, DateTimeOffset? start)
{
    public IReadOnlyList<AnalysedTurn> Turns { get; } = turns;

    public AnalysisOptions Options { get; } = options;

    public CompiledPhrasePack Pack { get; } = pack;

    public double Duration { get; } = duration;

    /// <summary>When the call started, in its own time zone, when the metadata says.</summary>
    public DateTimeOffset? Start { get; } = start;

    /// <summary>Start of the closing window: the last share of the call or its last seconds, whichever is longer.</summary>
    public double ClosingWindowStart { get; } = Math.Max(
        0, duration - Math.Max(duration * options.ClosingWindowFraction, options.ClosingWindowMinSeconds));

    /// <summary>The turns of one speaker, in time order.</summary>
    public IEnumerable<AnalysedTurn> Of(Speaker speaker) => Turns.Where(t => t.Turn.Speaker == speaker);

    /// <summary>True when a customer turn shows frustration: a frustration phrase, or a strongly negative sentiment.</summary>
    public bool IsFrustrated(AnalysedTurn turn) =>
        turn.Turn.Speaker == Speaker.Customer
        && !turn.Turn.Backchannel
        && (turn.Find(PhraseIntents.Frustration) is not null
            || turn.Turn.Sentiment?.Negative >= Options.FrustrationMinNegative);

    /// <summary>Every silence of at least <paramref name="minimum"/> seconds, the call's start and end included.</summary>
    public IEnumerable<TimeRange> Silences(double minimum)
    {
        var spokenUntil = 0.0;
        foreach (var turn in Turns)
        {
            if (turn.Turn.Start - spokenUntil >= minimum)
            {
                yield return new TimeRange(spokenUntil, turn.Turn.Start);
            }

            spokenUntil = Math.Max(spokenUntil, turn.Turn.End);
        }

        if (Duration - spokenUntil >= minimum)
        {
            yield return new TimeRange(spokenUntil, Duration);
        }
    }

    /// <summary>The quote of a turn: its text, shortened around the middle when long.</summary>
    public static string Quote(Turn turn, int maxLength = 240) =>
        turn.Text.Length <= maxLength ? turn.Text : string.Concat(turn.Text.AsSpan(0, maxLength - 1), "…");
}
