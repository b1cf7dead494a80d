namespace AutoQa.Synth.Catalog;

/// <summary>The shape of Data/scenarios.yaml.</summary>
internal sealed class ScenariosFile
{
    public List<ScenarioDefinition> Scenarios { get; set; } = [];
}
