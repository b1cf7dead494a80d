using AutoQa.Synth.Catalog;
using AutoQa.Synth.Dialogue;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Conditions;

/// <summary>What a condition works on: each party's track, where it goes in the file, and the speech placed on it.</summary>
internal sealed record ConditionContext(
    IReadOnlyDictionary<Speaker, float[]> Tracks,
    IReadOnlyDictionary<Speaker, int> Channels,
    IReadOnlyList<PlacedUtterance> Utterances,
    Speaker Target,
    ConditionSettings Settings,
    int SampleRate,
    Random Random)
{
    /// <summary>The track the condition changes.</summary>
    public float[] Track => Tracks[Target];

    /// <summary>The target party's utterances (backchannels excluded).</summary>
    public IEnumerable<PlacedUtterance> TargetSpeech => Utterances.Where(u => u.Speaker == Target && u.Intent != Intents.Backchannel);

    /// <summary>The sample index of <paramref name="seconds"/>.</summary>
    public int Sample(double seconds) => (int)Math.Round(seconds * SampleRate);
}
