namespace AutoQa.Analysis.Evaluation;

/// <summary>Precision and recall of every detector (by event kind, red lines by kind) and every rubric item over a night.</summary>
/// <param name="Calls">Calls evaluated.</param>
/// <param name="Passes">How often each call was analysed: once per degradation seed, or once as it is.</param>
/// <param name="Events">Tallies by event key ("greeting", "red-line/rudeness"); agreements count matched deadlines with the same duration.</param>
/// <param name="Items">Tallies by rubric item id; a positive is a No (a flag), accuracy compares every answer.</param>
/// <param name="Disagreements">"call: what differs" lines (missed and extra events, wrong details and answers), up to the evaluator's limit.</param>
/// <param name="Unheard">Calls of the night not evaluated because the recogniser's transcripts lack them (a failed recording).</param>
/// <param name="Review">What triage flagged over every analysis.</param>
/// <param name="SidesSwapped">Analyses whose words told the sides the other way round from the labels or the metadata (right only where those are wrong).</param>
public sealed record EvaluationReport(
    int Calls,
    int Passes,
    IReadOnlyDictionary<string, Tally> Events,
    IReadOnlyDictionary<string, Tally> Items,
    IReadOnlyList<string> Disagreements,
    IReadOnlyList<string> Unheard,
    ReviewLoad Review,
    int SidesSwapped)
{
    /// <summary>The lowest precision, recall or accuracy of any row.</summary>
    public double Worst => Events.Values.Concat(Items.Values)
        .SelectMany(t => new[] { t.Precision, t.Recall, t.Accuracy })
        .DefaultIfEmpty(1)
        .Min();

    /// <summary>
    /// Every row's precision, recall and accuracy (of an event, its detail's) as counts, events first; a measure
    /// with nothing to count is left out. Seeds pooled count each analysis as a trial of its own, though they degrade
    /// the same events.
    /// </summary>
    public IEnumerable<Figure> Figures() =>
        Events.Concat(Items).SelectMany(row => new[]
        {
            new Figure(row.Key, "precision", row.Value.TruePositives, row.Value.TruePositives + row.Value.FalsePositives),
            new Figure(row.Key, "recall", row.Value.TruePositives, row.Value.TruePositives + row.Value.FalseNegatives),
            new Figure(row.Key, "accuracy", row.Value.Agreements, row.Value.Compared),
        }).Where(figure => figure.Trials > 0);
}
