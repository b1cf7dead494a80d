namespace AutoQa.Synth.Catalog;

/// <summary>The shape of Data/settings.yaml.</summary>
internal sealed class SettingsFile
{
    public SynthSettings Synthesis { get; set; } = new();

    public QaThresholds Semantics { get; set; } = new();

    public ConditionSettings Conditions { get; set; } = new();
}
