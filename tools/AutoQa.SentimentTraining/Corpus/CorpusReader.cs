using System.Globalization;
using AutoQa.Sentiment;
using AutoQa.Sentiment.Model;
using AutoQa.Sentiment.Tokenization;

namespace AutoQa.SentimentTraining.Corpus;

/// <summary>Reads the labelled sentences: the shared data sets and lexicon, and the call-center utterances in Data/.</summary>
internal static class CorpusReader
{
    private const string BitextFile = "data/customer-support-bitext/Bitext_Sample_Customer_Support_Training_Dataset_4.5K_2023-08-18.csv";
    private const string LexiconFile = "lexicons/vader_lexicon.txt";
    private static readonly string[] UciFiles = ["amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt"];

    /// <summary>UCI review sentences: "text TAB 0|1".</summary>
    public static IEnumerable<LabelledSentence> Uci(string shared) =>
        from file in UciFiles
        from line in File.ReadLines(Require(shared, Path.Combine("data/sentiment-uci", file)))
        let tab = line.LastIndexOf('\t')
        where tab > 0
        select new LabelledSentence(line[..tab].Trim(), line[(tab + 1)..].Trim() == "1" ? SentimentLabel.Positive : SentimentLabel.Negative, "en", "uci");

    /// <summary>Bitext customer requests, labelled by <paramref name="labelling"/>; neutral ones sampled down with <paramref name="seed"/>.</summary>
    public static IEnumerable<LabelledSentence> Bitext(string shared, BitextLabelling labelling, int seed)
    {
        using var reader = new StreamReader(Require(shared, BitextFile));
        var rows = CsvRows.Read(reader).ToList();
        var header = rows[0];
        int instruction = Array.IndexOf(header, "instruction"), intent = Array.IndexOf(header, "intent");
        var negativeWords = labelling.NegativeWords.ToHashSet(StringComparer.Ordinal);
        var sentences = rows.Skip(1)
            .Where(row => row.Length > Math.Max(instruction, intent))
            .DistinctBy(row => row[instruction].Trim().ToLowerInvariant())
            .Select(row => new LabelledSentence(row[instruction].Trim(),
                labelling.NegativeIntents.Contains(row[intent]) || TextNormalizer.Words(row[instruction], true).Any(negativeWords.Contains)
                    ? SentimentLabel.Negative : SentimentLabel.Neutral, "en", "bitext"))
            .ToList();
        var neutral = sentences.Where(s => s.Label == SentimentLabel.Neutral).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(neutral));
        return sentences.Where(s => s.Label != SentimentLabel.Neutral).Concat(neutral.Take(labelling.MaxNeutral));
    }

    /// <summary>Single words of the VADER lexicon whose mean valence is at least <paramref name="threshold"/> from zero.</summary>
    public static IEnumerable<LabelledSentence> Lexicon(string shared, float threshold, float weight) =>
        from line in File.ReadLines(Require(shared, LexiconFile))
        let parts = line.Split('\t')
        where parts.Length > 1 && parts[0].All(char.IsLetter)
        let valence = float.Parse(parts[1], CultureInfo.InvariantCulture)
        where Math.Abs(valence) >= threshold
        select new LabelledSentence(parts[0], valence > 0 ? SentimentLabel.Positive : SentimentLabel.Negative, "en", "lexicon", weight);

    /// <summary>The hand-written call-center utterances: "language TAB label TAB speaker TAB text", # comments.</summary>
    /// <param name="dataFolder">The folder holding callcenter-*.tsv.</param>
    /// <param name="weight">Training weight of each utterance.</param>
    public static IEnumerable<LabelledSentence> CallCenter(string dataFolder, float weight = 1f) =>
        from file in Directory.EnumerateFiles(dataFolder, "callcenter-*.tsv").Order(StringComparer.Ordinal)
        from line in File.ReadLines(file)
        where line.Length > 0 && !line.StartsWith('#')
        let parts = line.Split('\t')
        select parts.Length == 4 && Enum.TryParse<SentimentLabel>(parts[1], true, out var label)
            ? new LabelledSentence(parts[3], label, parts[0], "callcenter", weight)
            : throw new InvalidDataException($"{file}: bad line '{line}' (expected language, label, speaker, text)");

    /// <summary>Reads the labelling settings of the Bitext requests.</summary>
    public static BitextLabelling ReadBitextLabelling(string dataFolder) =>
        ModelCardJson.Read<BitextLabelling>(Path.Combine(dataFolder, "bitext-labelling.json"));

    private static string Require(string shared, string relative)
    {
        var path = Path.Combine(shared, relative);
        return File.Exists(path) ? path : throw new FileNotFoundException($"shared data file '{path}' is missing (pass --shared)", path);
    }
}
