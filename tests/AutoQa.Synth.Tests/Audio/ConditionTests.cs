using System.Globalization;
using AutoQa.Events;
using AutoQa.Synth.Conditions;
using AutoQa.Synth.Tests.Support;
using AutoQa.Transcripts;
using AutoQa.Truth;

namespace AutoQa.Synth.Tests.Audio;

/// <summary>Each declared channel condition is measurable in the written, decoded audio.</summary>
public sealed class ConditionTests(SynthCorpus corpus)
{
    [Fact]
    public async Task Declared_noise_SNR_is_measured_within_2_dB()
    {
        var (call, condition, channels) = await WithConditionAsync(ConditionKinds.Noise, Speaker.Customer);
        var samples = channels[condition.Channel!.Value];
        var utterances = call.Truth.Utterances.Where(u => u.Channel == condition.Channel).ToList();

        var inside = Mean(utterances.Where(u => u.Intent != "backchannel").Select(u => (u.Start, u.End)), samples);
        var outside = Mean(Gaps(utterances, call.Truth.DurationSeconds), samples);
        var measured = Levels.Db((inside - outside) / outside);

        Assert.InRange(measured, Parameter(condition, "snrDb") - 2, Parameter(condition, "snrDb") + 2);
        Assert.Contains(call.Truth.Events, e => e.Kind == QaEventKind.AudioDefect && e.Detail == AudioDefectKinds.Noise && e.Speaker == Speaker.Customer);
    }

    [Fact]
    public async Task Declared_dropouts_are_digital_silence_inside_speech()
    {
        var (call, condition, channels) = await WithConditionAsync(ConditionKinds.Dropout, Speaker.Agent);
        var samples = channels[condition.Channel!.Value];
        var dropouts = condition.Parameters["dropouts"].Split(';').Select(d => d.Split('-').Select(Parse).ToArray()).ToList();

        Assert.NotEmpty(dropouts);
        foreach (var dropout in dropouts)
        {
            var from = Levels.Sample(dropout[0]);
            var to = Levels.Sample(dropout[1]);
            Assert.All(samples[from..to], s => Assert.Equal(0f, s));
            Assert.Contains(call.Truth.Utterances, u => u.Channel == condition.Channel && u.Start <= dropout[0] && u.End >= dropout[1]);
        }

        Assert.True(Levels.Power(samples, 0, samples.Length) > 0);
    }

    [Fact]
    public async Task Clipping_puts_samples_at_full_scale_on_the_declared_channel_only()
    {
        var (_, condition, channels) = await WithConditionAsync(ConditionKinds.Clipping, Speaker.Agent);
        var clipped = condition.Channel!.Value;

        Assert.True(channels[clipped].Count(s => Math.Abs(s) >= 0.999f) > 100);
        Assert.DoesNotContain(channels[1 - clipped], s => Math.Abs(s) >= 0.999f);
    }

    [Fact]
    public async Task A_low_level_channel_is_quieter_than_the_other_by_the_declared_gain()
    {
        var (call, condition, channels) = await WithConditionAsync(ConditionKinds.LowLevel, Speaker.Customer);
        var quiet = condition.Channel!.Value;
        double SpeechLevel(int channel) =>
            Levels.Db(Mean(call.Truth.Utterances.Where(u => u.Channel == channel && u.Intent != "backchannel").Select(u => (u.Start, u.End)), channels[channel]));

        Assert.InRange(SpeechLevel(quiet) - SpeechLevel(1 - quiet), Parameter(condition, "gainDb") - 2, Parameter(condition, "gainDb") + 2);
    }

    [Fact]
    public async Task Echo_delay_is_found_by_cross_correlating_the_agent_channel_with_the_customer()
    {
        var (call, condition, channels) = await WithConditionAsync(ConditionKinds.Echo, Speaker.Agent);
        var agent = channels[call.Truth.AgentChannel];
        var customer = channels[1 - call.Truth.AgentChannel];
        var longest = call.Truth.Utterances.Where(u => u.Speaker == Speaker.Customer).MaxBy(u => u.End - u.Start)!;
        var from = Levels.Sample(longest.Start);
        var to = Levels.Sample(longest.End);

        var bestLag = Enumerable.Range(0, Levels.Sample(0.4)).MaxBy(lag =>
        {
            double sum = 0;
            for (var i = from; i < to && i + lag < agent.Length; i++)
            {
                sum += customer[i] * agent[i + lag];
            }

            return sum;
        });

        Assert.Equal(condition.Channel, call.Truth.AgentChannel);
        Assert.InRange(bestLag * 1000.0 / Levels.Rate, Parameter(condition, "delayMs") - 1, Parameter(condition, "delayMs") + 1);
    }

    private async Task<(SynthesizedCall Call, ChannelCondition Condition, float[][] Channels)> WithConditionAsync(string kind, Speaker target)
    {
        var call = await corpus.CallAsync(new CallSpec($"{kind}-call", Scenarios.GoodCall, 31) { TargetSeconds = 50, Condition = kind, ConditionTarget = target });
        var condition = Assert.Single(call.Truth.Conditions, c => c.Kind == kind);
        return (call, condition, await DecodedAudio.ReadAsync(corpus.RecordingPath(call), 2));
    }

    private static double Mean(IEnumerable<(double Start, double End)> ranges, float[] samples)
    {
        double sum = 0;
        long count = 0;
        foreach (var (start, end) in ranges)
        {
            var from = Levels.Sample(start);
            var to = Levels.Sample(end);
            sum += Levels.Power(samples, from, to) * (to - from);
            count += to - from;
        }

        return sum / count;
    }

    private static IEnumerable<(double Start, double End)> Gaps(IReadOnlyList<TruthUtterance> utterances, double duration) =>
        utterances.Prepend(null).Zip(utterances.Append(null), (before, after) => ((before?.End ?? 0) + 0.05, (after?.Start ?? duration) - 0.05))
            .Where(g => g.Item2 > g.Item1);

    private static double Parameter(ChannelCondition condition, string name) => Parse(condition.Parameters[name]);

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
