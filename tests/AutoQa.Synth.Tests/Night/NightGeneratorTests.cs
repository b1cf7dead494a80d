using AutoQa.Calls;
using AutoQa.Json;
using AutoQa.Synth.Tests.Support;
using AutoQa.Truth;

namespace AutoQa.Synth.Tests.Night;

public sealed class NightGeneratorTests
{
    [Fact]
    public void The_same_seed_plans_the_same_night_and_most_calls_are_fine()
    {
        var generator = new NightGenerator();

        var first = generator.Plan(new NightOptions { Calls = 200, Seed = 3 });
        var second = generator.Plan(new NightOptions { Calls = 200, Seed = 3 });

        Assert.Equal(first, second);
        Assert.NotEqual(first, generator.Plan(new NightOptions { Calls = 200, Seed = 4 }));
        Assert.InRange(first.Count(s => s.Scenario.StartsWith("good-call", StringComparison.Ordinal)), 70, 140);
        Assert.InRange(first.Count(s => s.Condition == "clean"), 110, 170);
        Assert.All(first, s => Assert.InRange(s.TargetSeconds, 60, 480));
        Assert.Contains(first, s => s.Language == "de");
        Assert.Contains(first, s => s.AgentChannel == 1);
    }

    [Fact]
    public async Task A_night_is_written_in_the_telephony_layout_with_readable_metadata_and_truth()
    {
        SynthTools.Require();
        using var folder = new TempFolder();
        var options = new NightOptions { Calls = 3, Seed = 9, CallSeconds = 30 };

        var truths = await new NightGenerator().GenerateAsync(folder.Path, options, cancellationToken: TestContext.Current.CancellationToken);

        var metadata = await CallMetadataCsv.ReadFileAsync(folder.File("metadata.csv"), TestContext.Current.CancellationToken);
        Assert.Equal(truths.Select(t => t.CallId), metadata.Select(m => m.CallId));
        foreach (var (call, truth) in metadata.Zip(truths))
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, call.File!)), call.File);
            Assert.Equal(truth.AgentChannel, call.AgentChannel);
            Assert.Equal(truth.Language, call.Language);
            Assert.NotNull(call.StartTime);
            var written = await AutoQaJson.ReadFileAsync<CallTruth>(folder.File($"truth/{call.CallId}.truth.json"), TestContext.Current.CancellationToken);
            Assert.Equal(AutoQaJson.Serialize(truth), AutoQaJson.Serialize(written));
            Assert.True(File.Exists(folder.File($"truth/{call.CallId}.transcript.json")));
        }
    }
}
