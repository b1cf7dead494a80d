using System.Globalization;

namespace AutoQa.SentimentTraining;

/// <summary>Command-line settings of the training run.</summary>
/// <param name="Shared">The shared assets folder (data sets and lexicon).</param>
/// <param name="Out">Where model.json, sentiment.onnx and REPORT.md are written.</param>
/// <param name="Data">The folder of hand-written data (call-center utterances, labelling settings).</param>
/// <param name="Seed">Seed of the held-out split and of sampling.</param>
/// <param name="HeldOut">Fraction held out per language, source and label.</param>
/// <param name="Buckets">Hash buckets (rows of the weight table).</param>
internal sealed record TrainingOptions(string Shared, string Out, string Data, int Seed, double HeldOut, int Buckets)
{
    public const string Usage = "usage: AutoQa.SentimentTraining [--shared ../shared] [--out models/sentiment] [--seed 20240611] [--held-out 0.2] [--buckets 131072]";

    public static TrainingOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--shared"] = "../shared",
            ["--out"] = "models/sentiment",
            ["--data"] = Path.Combine(AppContext.BaseDirectory, "Data"),
            ["--seed"] = "20240611",
            ["--held-out"] = "0.2",
            ["--buckets"] = "131072",
        };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"unknown or incomplete option '{args[i]}'\n{Usage}");
            }

            values[args[i]] = args[i + 1];
        }

        return new TrainingOptions(
            Path.GetFullPath(values["--shared"]),
            Path.GetFullPath(values["--out"]),
            Path.GetFullPath(values["--data"]),
            int.Parse(values["--seed"], CultureInfo.InvariantCulture),
            double.Parse(values["--held-out"], CultureInfo.InvariantCulture),
            int.Parse(values["--buckets"], CultureInfo.InvariantCulture));
    }
}
