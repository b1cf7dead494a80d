using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AutoQa.Analysis.Phrases;

/// <summary>Reads phrase packs from YAML files (Data/phrases/LANG.yaml).</summary>
public static class PhrasePackLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    /// <summary>The folder of the packs that ship beside the program.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Data", "phrases");

    /// <summary>Reads one pack file.</summary>
    /// <exception cref="PhrasePackException">The file is missing, not valid YAML, lacks an intent, has an empty entry in a list, marks an anchor badly, or its deadline grammar has a value it cannot use; the message names the file (and the line of a YAML error).</exception>
    public static PhrasePack Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PhrasePackException($"{path}: phrase pack not found.");
        }

        PhrasePack pack;
        try
        {
            pack = Deserializer.Deserialize<PhrasePack>(File.ReadAllText(path))
                ?? throw new PhrasePackException($"{path}: the file is empty.");
        }
        catch (YamlException ex)
        {
            throw new PhrasePackException($"{path}:{ex.Start.Line}: {ex.Message}", ex);
        }

        var missing = PhraseIntents.All.Where(i => !pack.Intents.TryGetValue(i, out var list) || list.Count == 0).ToList();
        if (pack.Language.Length == 0 || missing.Count > 0)
        {
            throw new PhrasePackException(
                $"{path}: a phrase pack needs 'language' and phrasings for every intent; missing: {string.Join(", ", missing.DefaultIfEmpty("language"))}.");
        }

        var problems = EmptyEntries(pack)
            .Concat(pack.Intents.Values.SelectMany(phrases => phrases).Select(MarkedAnchor.Problem).OfType<string>())
            .Concat(pack.Deadlines.Problems());
        if (problems.FirstOrDefault() is { } problem)
        {
            throw new PhrasePackException($"{path}: {problem}.");
        }

        return pack;
    }

    // YAML reads a bare null or ~ as no value: German's digit word "null" must be quoted, or it silently drops out.
    private static IEnumerable<string> EmptyEntries(PhrasePack pack) =>
        new (string Name, List<string> Entries)[]
            {
                ("negations", pack.Negations), ("known-words", pack.KnownWords), ("digit-words", pack.DigitWords), ("hallucinations", pack.Hallucinations),
            }
            .Concat(pack.Intents.Select(intent => (Name: $"intent '{intent.Key}'", Entries: intent.Value)))
            .Where(list => list.Entries.Any(string.IsNullOrWhiteSpace))
            .Select(list => $"{list.Name} has an empty entry (quote a word YAML reads as no value: \"null\", \"~\")");

    /// <summary>Reads every *.yaml pack of a folder, by language.</summary>
    /// <exception cref="PhrasePackException">A pack cannot be read, or the folder has none.</exception>
    public static IReadOnlyDictionary<string, PhrasePack> LoadFolder(string folder)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml") : [];
        if (files.Length == 0)
        {
            throw new PhrasePackException($"{folder}: no phrase packs (*.yaml) found.");
        }

        return files.Select(Load).ToDictionary(p => p.Language, StringComparer.OrdinalIgnoreCase);
    }
}
