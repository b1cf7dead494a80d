namespace AutoQa.Analysis.Evaluation;

/// <summary>
/// Counts of one evaluated quantity: true positives, false positives, false negatives, and agreements (of rubric
/// answers, or of the detail of matched events such as a deadline's duration).
/// </summary>
public sealed class Tally
{
    /// <summary>Found and true.</summary>
    public int TruePositives { get; set; }

    /// <summary>Found but not true.</summary>
    public int FalsePositives { get; set; }

    /// <summary>True but not found.</summary>
    public int FalseNegatives { get; set; }

    /// <summary>
    /// Of the false negatives, the events whose phrase the analysis heard in part, where a person is asked to
    /// listen; the rest are silent misses.
    /// </summary>
    public int HeardInPart { get; set; }

    /// <summary>Answers, or details of matched events, equal to the truth.</summary>
    public int Agreements { get; set; }

    /// <summary>Answers, or details of matched events, compared.</summary>
    public int Compared { get; set; }

    /// <summary>Rubric answers left to a person (needs human) where the truth has a definite answer.</summary>
    public int LeftToPerson { get; set; }

    /// <summary>TP / (TP + FP), or 1 when nothing was found.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), or 1 when nothing was true.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>
    /// (TP + heard in part) / (TP + FN), or 1 when nothing was true: the share of true events a reviewer learns of,
    /// found or put before a person.
    /// </summary>
    public double FoundOrInPart => TruePositives + FalseNegatives == 0 ? 1 : (double)(TruePositives + HeardInPart) / (TruePositives + FalseNegatives);

    /// <summary>Agreements / compared, or 1 when nothing was compared.</summary>
    public double Accuracy => Compared == 0 ? 1 : (double)Agreements / Compared;
}
