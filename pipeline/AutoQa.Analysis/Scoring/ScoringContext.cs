using AutoQa.Analysis.Rubrics;
using AutoQa.Analysis.Timeline;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Scoring;

/// <summary>A call's analysis with what scoring asks of it repeatedly: window anchors and word confidence.</summary>
/// <param name="analysis">The call's analysis.</param>
/// <param name="missingPhraseMinConfidence">See <see cref="AnalysisOptions.MissingPhraseMinConfidence"/>.</param>
internal sealed class ScoringContext(CallAnalysis analysis, double missingPhraseMinConfidence)
{
    private readonly double? agentFirstWords = analysis.Turns.FirstOrDefault(t => t.Speaker == Speaker.Agent)?.Start;
    private readonly double? firstFrustrationEnd = analysis.Events.FirstOrDefault(e => e.Kind == QaEventKind.CustomerFrustration)?.Range.End;

    public CallAnalysis Analysis { get; } = analysis;

    /// <summary>The recogniser's mean word probability over the call (1 when there are no words).</summary>
    public double MeanProbability { get; } = analysis.Turns.SelectMany(t => t.Words).Select(w => (double)w.Probability).DefaultIfEmpty(1).Average();

    /// <summary>The window's time range, or null when its anchor does not occur in the call.</summary>
    public TimeRange? Resolve(ItemWindow window)
    {
        double? anchor = window.From switch
        {
            WindowAnchor.AgentFirstWords => agentFirstWords,
            WindowAnchor.FirstFrustrationEnd => firstFrustrationEnd,
            WindowAnchor.Closing => Analysis.ClosingWindowStart,
            _ => 0,
        };
        return anchor is { } start ? new TimeRange(start, window.Seconds is { } length ? start + length : double.PositiveInfinity) : null;
    }

    /// <summary>The mean probability of the words spoken inside <paramref name="range"/> (the call's mean when none).</summary>
    public double WordConfidence(TimeRange range)
    {
        double sum = 0;
        var count = 0;
        foreach (var turn in Analysis.Turns)
        {
            if (turn.End < range.Start || turn.Start > range.End)
            {
                continue;
            }

            foreach (var word in turn.Words.Where(w => w.End > range.Start && w.Start < range.End))
            {
                sum += word.Probability;
                count++;
            }
        }

        return count > 0 ? sum / count : MeanProbability;
    }

    /// <summary>
    /// The first utterance of <paramref name="speaker"/> (of anyone when null) in <paramref name="window"/> whose words
    /// the recogniser heard with a mean probability under the missing-phrase threshold, with that mean; null when none.
    /// </summary>
    public (Turn Turn, double Confidence)? UnsureTurn(Speaker? speaker, TimeRange window)
    {
        foreach (var turn in Analysis.Turns)
        {
            if (turn.End < window.Start || turn.Start > window.End || (speaker is not null && turn.Speaker != speaker) || turn.Words.Count == 0)
            {
                continue;
            }

            var mean = turn.Words.Average(w => (double)w.Probability);
            if (mean < missingPhraseMinConfidence)
            {
                return (turn, mean);
            }
        }

        return null;
    }
}
