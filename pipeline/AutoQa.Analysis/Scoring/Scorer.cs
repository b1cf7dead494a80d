using AutoQa.Analysis.Rubrics;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Scoring;

/// <summary>Fills a rubric's scorecard from a call's analysis. Thread-safe.</summary>
public sealed class Scorer
{
    private readonly RubricDefinition rubric;

    /// <summary>Creates a scorer for <paramref name="rubric"/>.</summary>
    public Scorer(RubricDefinition rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        this.rubric = rubric;
    }

    /// <summary>Answers every item, with points, confidence and evidence, and totals the score.</summary>
    public Scorecard Score(CallAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var call = new ScoringContext(analysis, rubric.Analysis.MissingPhraseMinConfidence);
        var items = new List<ScorecardItem>();
        var sections = new List<SectionScore>();
        var (decided, undecided) = (0.0, 0.0);
        foreach (var section in rubric.Sections)
        {
            var answered = section.Items.Select(item => ItemEvaluator.Evaluate(item, section.Id, call)).ToList();
            items.AddRange(answered);
            sections.Add(new SectionScore(section.Id, section.Title, section.Weight, answered.Sum(i => i.PointsAwarded), answered.Sum(i => i.PointsPossible)));
            foreach (var (item, answer) in section.Items.Zip(answered))
            {
                if (answer.Undecided)
                {
                    undecided += item.Points;
                }
                else if (!answer.Manual && answer.SuggestedAnswer != RubricAnswer.NotApplicable)
                {
                    decided += item.Points;
                }
            }
        }

        var counted = sections.Where(s => s.Fraction is not null && s.Weight > 0).ToList();
        var weight = counted.Sum(s => s.Weight);
        var autoFailed = items.Any(i => i.AutoFail);
        var score = autoFailed ? 0 : weight > 0 ? 100 * counted.Sum(s => s.Weight * s.Fraction!.Value) / weight : 100;
        var decidedShare = decided + undecided > 0 ? decided / (decided + undecided) : 1;
        var provisional = !autoFailed && decidedShare < rubric.Triage.MinDecidedShare;
        return new Scorecard(rubric.Name, items, sections, Math.Round(score, 2), autoFailed, Math.Round(decidedShare, 3), provisional);
    }

    /// <summary>
    /// The score as a measure of the agent, or null when it is none: no item applied, who speaks is unknown (mono
    /// without speaker labels, where only dead air is judged), no phrase pack reads the call's language, or the score
    /// is provisional (most of it left to a person). Averages over calls and the low-score flag take only these.
    /// </summary>
    public static double? AgentScore(CallAnalysis analysis, Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(scorecard);
        return analysis.SpeakersUnknown || analysis.NoPhrasePack || scorecard.PointsPossible == 0 || scorecard.Provisional ? null : scorecard.Score;
    }

    /// <summary>The points an answer earns on an item: all for Yes, none for No; N/A and needs-human put none at stake.</summary>
    public static (double Awarded, double Possible) PointsFor(RubricAnswer answer, double points) => answer switch
    {
        RubricAnswer.Yes => (points, points),
        RubricAnswer.No => (0, points),
        _ => (0, 0),
    };
}
