using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Tests.Phrases;

public sealed class PhrasePackLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("autoqa-packs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("units: { hours: X }", "deadline unit 'hours' is 'X'")]
    [InlineData("weekdays: { friday: 9 }", "weekday 'friday' is 9")]
    [InlineData("fixed: { tomorrow: one day }", "fixed deadline 'tomorrow' is 'one day'")]
    [InlineData("period-ends: { by the end of the year: year }", "period end 'by the end of the year' is 'year'")]
    [InlineData("clock: { suffixes: { pm: 12 } }", "clock suffix 'pm' is '12'")]
    [InlineData("clock: { named: { noon: 25 } }", "named time 'noon' is hour 25")]
    [InlineData("dates: { months: { smarch: 13 } }", "month 'smarch' is 13")]
    public void A_deadline_grammar_value_it_cannot_use_is_reported_with_the_file(string grammar, string problem)
    {
        var path = PackWithDeadlines(grammar);

        var error = Assert.Throws<PhrasePackException>(() => PhrasePackLoader.Load(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    - leave us a *review")]
    [InlineData("    - leave us *a review*")]
    [InlineData("    - leave us a **")]
    public void A_badly_marked_anchor_is_reported_with_the_file_and_phrase(string phrase)
    {
        var path = Path.Combine(folder, "en.yaml");
        File.WriteAllText(path, English().Replace("    - leave us a review\n", phrase + "\n", StringComparison.Ordinal));

        var error = Assert.Throws<PhrasePackException>(() => PhrasePackLoader.Load(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"phrase '{phrase.TrimStart(' ', '-')}' must mark one word", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("digit-words: [zero, oh, one", "digit-words: [null, oh, one", "'digit-words' has an empty entry")]
    [InlineData("    - leave us a review\n", "    - ~\n", "'intents.review-invitation' has an empty entry")]
    [InlineData("negations: [not, never, no, without, hardly]", "negations:", "'negations' has no value")]
    [InlineData("language: en", "language:", "'language' has no value")]
    [InlineData("language: en", "language: eng", "the pack says its language is 'eng'; a pack is named for its language (eng.yaml)")]
    [InlineData("  d: [would]", "  d:", "'equivalents.d' has no value")]
    public void An_entry_yaml_reads_as_no_value_is_reported_with_the_file(string line, string replacement, string problem)
    {
        var path = Path.Combine(folder, "en.yaml");
        File.WriteAllText(path, English().Replace(line, replacement, StringComparison.Ordinal));

        var error = Assert.Throws<PhrasePackException>(() => PhrasePackLoader.Load(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_packs_for_one_language_are_reported_with_the_folder()
    {
        File.WriteAllText(Path.Combine(folder, "en.yaml"), English());
        File.WriteAllText(Path.Combine(folder, "EN.yaml"), English().Replace("language: en", "language: EN", StringComparison.Ordinal));

        var error = Assert.Throws<PhrasePackException>(() => PhrasePackLoader.LoadFolder(folder));

        Assert.Equal($"{folder}: 2 phrase packs for the language 'EN'; keep one.", error.Message);
    }

    [Fact]
    public void The_shipped_packs_load()
    {
        var packs = PhrasePackLoader.LoadFolder(PhrasePackLoader.DefaultFolder);

        Assert.Equal(["de", "en", "es", "fr"], packs.Keys.Order(StringComparer.Ordinal));
    }

    // A phrase of five words or more forgives a whole word without holding its anchor: "I don't have all [day]" would
    // be "I don't have all the details". A red line fails a call on its own, so a long one must say which word it needs.
    [Fact]
    public void Every_long_red_line_phrase_of_the_shipped_packs_marks_its_anchor()
    {
        var unmarked = PhrasePackLoader.LoadFolder(PhrasePackLoader.DefaultFolder).Values
            .SelectMany(pack => pack.Intents
                .Where(intent => PhraseIntents.IsRedLine(intent.Key))
                .SelectMany(intent => intent.Value)
                .Where(phrase => !phrase.Contains('*', StringComparison.Ordinal)
                    && new Tokenizer(pack.Equivalents.ToDictionary(e => e.Key, e => e.Value.ToArray())).TokenizePhrase(phrase).Count >= 5)
                .Select(phrase => $"{pack.Language}: {phrase}"))
            .ToList();

        Assert.Empty(unmarked);
    }

    // The shipped English pack with its deadline grammar replaced.
    private string PackWithDeadlines(string grammar)
    {
        var english = English();
        var start = english.IndexOf("\ndeadlines:", StringComparison.Ordinal);
        var end = english.IndexOf("\n\n", start, StringComparison.Ordinal);
        var path = Path.Combine(folder, "en.yaml");
        File.WriteAllText(path, string.Concat(english.AsSpan(0, start), $"\ndeadlines:\n  {grammar}", end < 0 ? "" : english[end..]));
        return path;
    }

    private static string English() => File.ReadAllText(Path.Combine(PhrasePackLoader.DefaultFolder, "en.yaml"));
}
