using System.Globalization;
using System.Text;
using AutoQa.Sentiment;

namespace AutoQa.SentimentTraining.Evaluation;

/// <summary>Counts of (true label, predicted label) with per-class and macro F1.</summary>
internal sealed class ConfusionMatrix
{
    private static readonly SentimentLabel[] Labels = Enum.GetValues<SentimentLabel>();
    private readonly int[,] counts = new int[Labels.Length, Labels.Length];

    public int Total { get; private set; }

    public void Add(SentimentLabel truth, SentimentLabel predicted)
    {
        counts[(int)truth, (int)predicted]++;
        Total++;
    }

    public double Accuracy => Total == 0 ? 0 : Labels.Sum(l => counts[(int)l, (int)l]) / (double)Total;

    /// <summary>The mean F1 over the labels that occur as truth (a group with no positive sentences is not marked down for it).</summary>
    public double MacroF1
    {
        get
        {
            var present = Labels.Where(l => Row(l) > 0).ToList();
            return present.Count == 0 ? 0 : present.Average(F1);
        }
    }

    public double F1(SentimentLabel label)
    {
        double hits = counts[(int)label, (int)label], predicted = Column(label), actual = Row(label);
        return hits == 0 ? 0 : 2 * hits / (predicted + actual);
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder("| true \\ predicted | negative | neutral | positive | F1 |\n|---|---:|---:|---:|---:|\n");
        foreach (var truth in Labels)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {truth.ToString().ToLowerInvariant()} ");
            foreach (var predicted in Labels)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {counts[(int)truth, (int)predicted]} ");
            }

            text.Append(CultureInfo.InvariantCulture, $"| {F1(truth):0.000} |\n");
        }

        return text.ToString();
    }

    private int Row(SentimentLabel label) => Labels.Sum(p => counts[(int)label, (int)p]);

    private int Column(SentimentLabel label) => Labels.Sum(t => counts[(int)t, (int)label]);
}
