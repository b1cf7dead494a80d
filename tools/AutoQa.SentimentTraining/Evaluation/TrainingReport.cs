using System.Globalization;
using System.Text;
using AutoQa.SentimentTraining.Corpus;

namespace AutoQa.SentimentTraining.Evaluation;

/// <summary>Writes REPORT.md: data, chosen regularisation, ML.NET/ONNX agreement and held-out figures.</summary>
internal static class TrainingReport
{
    public static void Write(string path, TrainingOptions options, HoldOutSplit split, float l2,
        IReadOnlyList<(float L2, double MacroF1)> validation, ModelComparison comparison, IReadOnlyList<Evaluation> evaluations)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Line($"# Sentiment model: training report");
        Line($"");
        Line($"Written by `dotnet run -c Release --project tools/AutoQa.SentimentTraining -- --shared ../shared --out models/sentiment` (seed {options.Seed}, {options.HeldOut:P0} held out per language, source and label, {options.Buckets} hash buckets).");
        Line($"");
        Line($"## Data (sentences after removing duplicates)");
        Line($"");
        Line($"| language | source | label | training | held out |");
        Line($"|---|---|---|---:|---:|");
        foreach (var group in split.Training.Select(s => (s.Language, s.Source, s.Label)).Concat(split.HeldOut.Select(s => (s.Language, s.Source, s.Label))).Distinct().Order())
        {
            Line($"| {group.Language} | {group.Source} | {group.Label.ToString().ToLowerInvariant()} | {split.Training.Count(s => (s.Language, s.Source, s.Label) == group)} | {split.HeldOut.Count(s => (s.Language, s.Source, s.Label) == group)} |");
        }

        Line($"");
        Line($"## Regularisation (chosen on a validation part of the training sentences, never on the held-out set)");
        Line($"");
        Line($"| L2 | validation macro-F1 |");
        Line($"|---:|---:|");
        foreach (var (candidate, f1) in validation)
        {
            Line($"| {candidate}{(candidate == l2 ? " (chosen)" : string.Empty)} | {f1:0.000} |");
        }

        Line($"");
        Line($"## ML.NET model against its ONNX export (held-out set, no rules)");
        Line($"");
        Line($"Same label for {comparison.SameLabels} of {comparison.Total} sentences; largest probability difference {comparison.MaxProbabilityDifference:0.0e+0}.");
        foreach (var evaluation in evaluations)
        {
            Line($"");
            Line($"## Held-out figures: {evaluation.Name}");
            Line($"");
            Line($"Overall: macro-F1 **{evaluation.Overall.MacroF1:0.000}**, accuracy {evaluation.Overall.Accuracy:0.000}, {evaluation.Overall.Total} sentences.");
            Line($"");
            text.Append(evaluation.Overall.ToMarkdown());
            Line($"");
            Line($"| group | sentences | macro-F1 | accuracy |");
            Line($"|---|---:|---:|---:|");
            foreach (var (group, matrix) in evaluation.Groups)
            {
                Line($"| {group} | {matrix.Total} | {matrix.MacroF1:0.000} | {matrix.Accuracy:0.000} |");
            }

            foreach (var (group, matrix) in evaluation.Groups.Where(g => g.Group.StartsWith("language", StringComparison.Ordinal)))
            {
                Line($"");
                Line($"Confusion matrix, {group}:");
                Line($"");
                text.Append(matrix.ToMarkdown());
            }
        }

        File.WriteAllText(path, text.ToString());
    }
}
