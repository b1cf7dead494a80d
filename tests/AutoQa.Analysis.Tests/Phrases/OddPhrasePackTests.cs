using AutoQa.Analysis.Phrases;

namespace AutoQa.Analysis.Tests.Phrases;

/// <summary>A team extends its phrase packs by hand: loading an edited pack either works or names the file, never crashes.</summary>
public sealed class OddPhrasePackTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("autoqa-odd-packs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("en", 1)]
    [InlineData("de", 2)]
    [InlineData("fr", 3)]
    [InlineData("es", 4)]
    public void A_hand_edited_pack_loads_or_is_reported_naming_the_file(string language, int seed)
    {
        var random = new Random(seed);
        var lines = File.ReadAllLines(Path.Combine(PhrasePackLoader.DefaultFolder, $"{language}.yaml"));
        var path = Path.Combine(folder, $"{language}.yaml");
        var rejected = 0;
        for (var edit = 0; edit < 100; edit++)
        {
            File.WriteAllLines(path, HandEdits.Apply(random, [.. lines]));

            try
            {
                _ = new CallAnalyzer(new AnalysisOptions { DefaultLanguage = language }, new Dictionary<string, PhrasePack> { [language] = PhrasePackLoader.Load(path) });
            }
            catch (PhrasePackException ex)
            {
                Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
                rejected++;
            }
        }

        Assert.NotEqual(0, rejected); // some edits break the file
    }
}
