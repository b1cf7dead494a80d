using AutoQa.Analysis.Rubrics;
using AutoQa.Analysis.Scoring;
using AutoQa.Analysis.Triage;
using AutoQa.Calls;
using AutoQa.Events;
using AutoQa.Sentiment;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Results;

/// <summary>
/// Analysis, scoring and triage of calls under one rubric: the rubric's thresholds configure the analyser, its
/// items the scorer, its triage block the decider. Thread-safe: one instance serves every worker.
/// </summary>
public sealed class QaEngine
{
    /// <summary>Creates the engine for <paramref name="rubric"/> with the shipped phrase packs.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="sentiment">The sentiment scorer, or null to rely on the phrase packs alone.</param>
    public QaEngine(RubricDefinition rubric, ISentimentScorer? sentiment = null)
        : this(rubric, CallAnalyzer.CreateDefault(rubric?.Analysis, sentiment))
    {
    }

    /// <summary>Creates the engine from an analyser built by the caller (other phrase packs).</summary>
    public QaEngine(RubricDefinition rubric, CallAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(analyzer);
        Rubric = rubric;
        Analyzer = analyzer;
        Scorer = new Scorer(rubric);
        Triage = new TriageDecider(rubric.Triage);
    }

    /// <summary>The rubric.</summary>
    public RubricDefinition Rubric { get; }

    /// <summary>The analyser.</summary>
    public CallAnalyzer Analyzer { get; }

    /// <summary>The scorer.</summary>
    public Scorer Scorer { get; }

    /// <summary>The triage decider.</summary>
    public TriageDecider Triage { get; }

    /// <summary>Analyses, scores and triages one call.</summary>
    public CallQaResult Run(CallTranscript transcript, CallMetadata metadata, IReadOnlyList<QaEvent>? audioFindings = null)
    {
        var analysis = Analyzer.Analyze(transcript, metadata, audioFindings);
        var scorecard = Scorer.Score(analysis);
        return new CallQaResult(metadata, analysis, scorecard, Triage.Decide(analysis, scorecard));
    }
}
