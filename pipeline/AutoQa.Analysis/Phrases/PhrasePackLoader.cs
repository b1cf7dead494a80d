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
    /// <exception cref="PhrasePackException">The file is missing, not valid YAML, lacks an intent, leaves a value out, is not named for its language, marks an anchor badly, or its deadline grammar has a value it cannot use; the message names the file (and the line of a YAML error).</exception>
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

        if (MissingValues.In(pack).FirstOrDefault() is { } missingValue)
        {
            throw new PhrasePackException($"{path}: {missingValue}.");
        }

        var missing = PhraseIntents.All.Where(i => !pack.Intents.TryGetValue(i, out var list) || list.Count == 0).ToList();
        if (pack.Language.Length == 0 || missing.Count > 0)
        {
            throw new PhrasePackException(
                $"{path}: a phrase pack needs 'language' and phrasings for every intent; missing: {string.Join(", ", missing.DefaultIfEmpty("language"))}.");
        }

        if (!string.Equals(pack.Language, Path.GetFileNameWithoutExtension(path), StringComparison.OrdinalIgnoreCase))
        {
            throw new PhrasePackException($"{path}: the pack says its language is '{pack.Language}'; a pack is named for its language ({pack.Language}.yaml).");
        }

        var problems = pack.Intents.Values.SelectMany(phrases => phrases).Select(MarkedAnchor.Problem).OfType<string>()
            .Concat(pack.Deadlines.Problems());
        if (problems.FirstOrDefault() is { } problem)
        {
            throw new PhrasePackException($"{path}: {problem}.");
        }

        return pack;
    }

    /// <summary>Reads every *.yaml pack of a folder, by language.</summary>
    /// <exception cref="PhrasePackException">A pack cannot be read, or the folder has none.</exception>
    public static IReadOnlyDictionary<string, PhrasePack> LoadFolder(string folder)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml") : [];
        if (files.Length == 0)
        {
            throw new PhrasePackException($"{folder}: no phrase packs (*.yaml) found.");
        }

        var packs = files.Order(StringComparer.Ordinal).Select(Load).ToList();
        if (packs.GroupBy(p => p.Language, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new PhrasePackException($"{folder}: {twice.Count()} phrase packs for the language '{twice.Key}'; keep one.");
        }

        return packs.ToDictionary(p => p.Language, StringComparer.OrdinalIgnoreCase);
    }
}
