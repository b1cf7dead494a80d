using AutoQa.Synth;

namespace AutoQa.Analysis.Tests.Evaluation;

/// <summary>Generated calls (real text-to-speech, exact truth) scored with the default rubric agree with the truth.</summary>
public sealed class SyntheticCallTests
{
    [Theory]
    [InlineData(Scenarios.GoodCall, 11)]
    [InlineData(Scenarios.LateGreeting, 12)]
    [InlineData(Scenarios.AgentInterrupts, 13)]
    [InlineData(Scenarios.LongComplaintCutOff, 14)]
    [InlineData(Scenarios.ReviewAfterUnresolved, 15)]
    [InlineData(Scenarios.RedLineRefund, 16)]
    [InlineData(Scenarios.NeedNotRestated, 17)]
    public async Task The_scorecard_of_a_generated_call_equals_the_truths_expected_answers(string scenario, int seed)
    {
        Requires.Tool("espeak-ng");
        var call = await new CallSynthesizer().SynthesizeAsync(new CallSpec($"synth-{scenario}", scenario, seed) { TargetSeconds = 90 }, TestContext.Current.CancellationToken);

        var result = Analyzers.Engine.Run(call.Transcript, call.Metadata);

        var suggested = result.Scorecard.Items.ToDictionary(i => i.Id, i => i.SuggestedAnswer);
        Assert.All(call.Truth.ExpectedAnswers, expected => Assert.Equal((expected.Key, expected.Value), (expected.Key, suggested[expected.Key])));
    }
}
