using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AutoQa.Synth.Catalog;

/// <summary>
/// Everything the generator reads from its data folder (shipped beside the assembly as SynthData/):
/// settings.yaml, scenarios.yaml, voices.yaml, night.yaml and phrases.&lt;language&gt;.yaml. Loaded and validated once.
/// </summary>
public sealed class SynthData
{
    private static readonly Lazy<SynthData> Shipped = new(() => Load(DefaultFolder));

    private SynthData(
        SettingsFile settings,
        IReadOnlyDictionary<string, ScenarioDefinition> scenarios,
        IReadOnlyDictionary<string, List<VoiceDefinition>> voices,
        NightMix night,
        IReadOnlyDictionary<string, PhraseBook> phrases)
    {
        Settings = settings.Synthesis;
        Thresholds = settings.Semantics;
        Conditions = settings.Conditions;
        Scenarios = scenarios;
        Voices = voices;
        Night = night;
        Phrases = phrases;
    }

    /// <summary>The data folder shipped with the assembly.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "SynthData");

    /// <summary>The shipped data, loaded on first use.</summary>
    public static SynthData Default => Shipped.Value;

    /// <summary>Audio levels and turn spacing.</summary>
    public SynthSettings Settings { get; }

    /// <summary>The shared QA definitions' thresholds the truth applies.</summary>
    public QaThresholds Thresholds { get; }

    /// <summary>Ranges of the channel conditions.</summary>
    public ConditionSettings Conditions { get; }

    /// <summary>Scenarios by name.</summary>
    public IReadOnlyDictionary<string, ScenarioDefinition> Scenarios { get; }

    /// <summary>TTS voices per language; agent and customer get different ones.</summary>
    public IReadOnlyDictionary<string, List<VoiceDefinition>> Voices { get; }

    /// <summary>The night's mix.</summary>
    public NightMix Night { get; }

    /// <summary>Phrase books by language.</summary>
    public IReadOnlyDictionary<string, PhraseBook> Phrases { get; }

    /// <summary>Loads and validates the data in <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">A file is missing or invalid; the message names it and the cause.</exception>
    public static SynthData Load(string folder)
    {
        var settings = Read<SettingsFile>(folder, "settings.yaml");
        settings.Synthesis.Validate("settings.yaml");
        var scenarios = Read<ScenariosFile>(folder, "scenarios.yaml").Scenarios;
        scenarios.ForEach(s => s.Validate("scenarios.yaml"));
        var voices = Read<Dictionary<string, List<VoiceDefinition>>>(folder, "voices.yaml");
        var night = Read<NightMix>(folder, "night.yaml");
        night.Validate("night.yaml");
        var phrases = new Dictionary<string, PhraseBook>();
        foreach (var language in night.Languages.Keys.Concat(scenarios.Select(s => s.Language).OfType<string>()).Distinct())
        {
            var name = $"phrases.{language}.yaml";
            var book = Read<PhraseBook>(folder, name);
            book.Validate(name, Dialogue.Intents.Required);
            phrases[language] = book;
            if (!voices.TryGetValue(language, out var list) || list.Count < 2)
            {
                throw new InvalidDataException($"voices.yaml: language '{language}' needs at least two voices (agent and customer differ).");
            }
        }

        return new SynthData(settings, scenarios.ToDictionary(s => s.Name), voices, night, phrases);
    }

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No scenario has that name; the message lists them.</exception>
    public ScenarioDefinition Scenario(string name) =>
        Scenarios.TryGetValue(name, out var scenario) ? scenario
        : throw new ArgumentException($"unknown scenario '{name}'; known: {string.Join(", ", Scenarios.Keys)}", nameof(name));

    private static T Read<T>(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the synthetic corpus data file is missing.");
        }

        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<T>(File.ReadAllText(path))
                ?? throw new InvalidDataException($"{path}: the file is empty.");
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path}:{ex.Start.Line}: {ex.Message}", ex);
        }
    }
}
