using AutoQa.Json;
using AutoQa.Synth.Conditions;

namespace AutoQa.Synth.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public async Task The_same_seed_gives_identical_truth_and_identical_samples()
    {
        Support.SynthTools.Require();
        var spec = new CallSpec("determinism", Scenarios.AgentInterrupts, 5) { TargetSeconds = 40, Condition = ConditionKinds.Noise };

        var first = await new CallSynthesizer().SynthesizeAsync(spec, TestContext.Current.CancellationToken);
        var second = await new CallSynthesizer().SynthesizeAsync(spec, TestContext.Current.CancellationToken);
        var other = await new CallSynthesizer().SynthesizeAsync(spec with { Seed = 6 }, TestContext.Current.CancellationToken);

        Assert.Equal(AutoQaJson.Serialize(first.Truth), AutoQaJson.Serialize(second.Truth));
        Assert.Equal(AutoQaJson.Serialize(first.Transcript), AutoQaJson.Serialize(second.Transcript));
        Assert.Equal(first.Channels.Count, second.Channels.Count);
        Assert.All(first.Channels.Zip(second.Channels), pair => Assert.True(pair.First.AsSpan().SequenceEqual(pair.Second)));
        Assert.NotEqual(AutoQaJson.Serialize(first.Truth), AutoQaJson.Serialize(other.Truth));
    }
}
