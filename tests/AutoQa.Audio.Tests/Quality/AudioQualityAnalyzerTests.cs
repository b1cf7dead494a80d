using AutoQa.Audio.Quality;
using AutoQa.Audio.Tests.Support;
using AutoQa.Audio.Vad;
using AutoQa.Events;

namespace AutoQa.Audio.Tests.Quality;

public sealed class AudioQualityAnalyzerTests(SpokenCall call) : IClassFixture<SpokenCall>
{
    private readonly AudioQualityAnalyzer _analyzer = new();

    [Fact]
    public async Task A_clean_recording_has_no_defects()
    {
        var report = Analyze(await call.SignalAsync());

        var channel = Assert.Single(report.Channels);
        Assert.Empty(channel.Defects);
        Assert.Equal(0, channel.Measures.DropoutCount);
        Assert.True(channel.Measures.SnrDb > 40, $"SNR {channel.Measures.SnrDb}");
        Assert.True(channel.Measures.SpeechSeconds > 4, $"speech {channel.Measures.SpeechSeconds}");
    }

    [Fact]
    public async Task White_noise_at_5dB_SNR_is_a_noise_defect_with_the_SNR_estimated_within_3dB()
    {
        var signal = await call.SignalAsync();
        var speechPower = SpeechPower(signal);
        Noise.AddWhite(signal, speechPower / Math.Pow(10, 5.0 / 10), seed: 11);

        var channel = Analyze(signal).Channels[0];

        TestContext.Current.TestOutputHelper?.WriteLine($"estimated SNR {channel.Measures.SnrDb:F2} dB");
        Assert.Contains(channel.Defects, d => d.Detail == AudioDefectKinds.Noise);
        Assert.InRange(channel.Measures.SnrDb, 2, 8);
    }

    [Fact]
    public async Task Zero_runs_inside_speech_are_dropouts_at_their_positions()
    {
        var signal = await call.SignalAsync();
        var secondOffset = await call.SecondOffsetAsync();
        double[] positions = [LoudestNear(signal, SpokenCall.FirstOffset + 1.0), LoudestNear(signal, SpokenCall.FirstOffset + 2.5), LoudestNear(signal, secondOffset + 1.5)];
        foreach (var position in positions)
        {
            Array.Clear(signal, (int)(position * Speech.Rate), Speech.Rate / 10);
        }

        var channel = Analyze(signal).Channels[0];

        var dropouts = channel.Defects.Where(d => d.Detail == AudioDefectKinds.Dropout).ToArray();
        Assert.Equal(positions.Length, dropouts.Length);
        Assert.All(positions.Zip(dropouts), pair =>
        {
            Assert.InRange(pair.Second.Range.Start, pair.First - 0.03, pair.First + 0.001);
            Assert.InRange(pair.Second.Range.End, pair.First + 0.099, pair.First + 0.13);
        });
        Assert.Equal(positions.Length, channel.Measures.DropoutCount);
    }

    [Fact]
    public async Task Speech_driven_into_full_scale_is_clipping()
    {
        var signal = await call.SignalAsync();
        for (var i = 0; i < signal.Length; i++)
        {
            signal[i] = Math.Clamp(signal[i] * 10, -1f, 1f);
        }

        var channel = Analyze(signal).Channels[0];

        Assert.Contains(channel.Defects, d => d.Detail == AudioDefectKinds.Clipping);
        Assert.True(channel.Measures.ClippedShare > 0.01, $"clipped share {channel.Measures.ClippedShare}");
    }

    [Fact]
    public async Task Speech_45dB_down_is_low_level()
    {
        var signal = await call.SignalAsync();
        var gain = (float)Math.Pow(10, -45.0 / 20);
        for (var i = 0; i < signal.Length; i++)
        {
            signal[i] *= gain;
        }

        var channel = Analyze(signal).Channels[0];

        Assert.Contains(channel.Defects, d => d.Detail == AudioDefectKinds.LowLevel);
        Assert.True(channel.Measures.SpeechRmsDbfs < -50, $"speech level {channel.Measures.SpeechRmsDbfs} dBFS");
    }

    [Fact]
    public async Task The_left_channel_delayed_150ms_at_minus_6dB_in_the_right_is_echo_on_the_right()
    {
        var left = await call.SignalAsync();
        var right = new float[left.Length];
        var delay = (int)(0.150 * Speech.Rate);
        for (var i = delay; i < right.Length; i++)
        {
            right[i] = left[i - delay] * 0.5f;
        }

        var report = Analyze(left, right);

        Assert.DoesNotContain(report.Channels[0].Defects, d => d.Detail == AudioDefectKinds.Echo);
        Assert.Contains(report.Channels[1].Defects, d => d.Detail == AudioDefectKinds.Echo);
        Assert.InRange(report.Channels[1].Measures.EchoDelaySeconds, 0.14, 0.16);
        Assert.True(report.Channels[1].Measures.EchoCorrelation > 0.9, $"echo correlation {report.Channels[1].Measures.EchoCorrelation}");
    }

    [Fact]
    public async Task Echo_between_a_partys_own_turns_is_found_region_by_region_and_only_it_is_marked_as_echo()
    {
        var customer = await Speech.SpokenAsync("I ordered a pair of wireless headphones three weeks ago and they never arrived.");
        var agent = await Speech.SpokenAsync("Let me check the tracking number and arrange a replacement for you today.");
        var agentOffset = 1.0 + Speech.Seconds(customer) + 1.5;
        var left = Speech.Place(agentOffset + Speech.Seconds(agent) + 1.0, (1.0, customer));
        var right = Speech.Place(left.Length / (double)Speech.Rate, (agentOffset, agent));
        AddEcho(left, right, seconds: 0.150, gain: 0.5f);
        Noise.AddWhite(left, Math.Pow(10, -70.0 / 10), seed: 5);
        Noise.AddWhite(right, Math.Pow(10, -70.0 / 10), seed: 6);

        var report = Analyze(left, right);

        Assert.Empty(report.Channels[0].EchoRegions);
        Assert.Contains(report.Channels[1].Defects, d => d.Detail == AudioDefectKinds.Echo);
        var echo = Assert.Single(report.Channels[1].EchoRegions);
        Assert.InRange(echo.Start, 1.0, 1.4);
        Assert.InRange(echo.End, 1.0 + Speech.Seconds(customer), agentOffset);
        Assert.InRange(report.Channels[1].Measures.EchoDelaySeconds, 0.14, 0.16);
        Assert.InRange(report.Channels[1].Measures.EchoSeconds, Speech.Seconds(customer) - 0.5, Speech.Seconds(customer) + 0.5);
    }

    [Fact]
    public async Task A_reply_begun_as_the_other_partys_echo_fades_keeps_its_own_part()
    {
        var first = await Speech.SpokenAsync("I ordered a pair of wireless headphones three weeks ago and they never arrived.");
        var second = await Speech.SpokenAsync("The box was empty when it finally came.");
        var agent = await Speech.SpokenAsync("Let me check the tracking number and arrange a replacement for you today.");
        var secondOffset = 1.0 + Speech.Seconds(first) + 2.0;
        var agentOffset = secondOffset + Speech.Seconds(second) + 0.15 + 0.1;
        var left = Speech.Place(agentOffset + Speech.Seconds(agent) + 1.0, (1.0, first), (secondOffset, second));
        var right = Speech.Place(left.Length / (double)Speech.Rate, (agentOffset, agent));
        AddEcho(left, right, seconds: 0.150, gain: 0.5f);
        Noise.AddWhite(left, Math.Pow(10, -70.0 / 10), seed: 5);
        Noise.AddWhite(right, Math.Pow(10, -70.0 / 10), seed: 6);

        var (report, regions) = AnalyzeWithRegions(left, right);

        // The VAD joins the echo's end and the reply into one region; only its echo part is marked.
        Assert.Contains(regions[1], r => r.Start < agentOffset - 0.5 && r.End > agentOffset + 1);
        var echoes = report.Channels[1].EchoRegions;
        Assert.Contains(echoes, e => e.Start < secondOffset + 0.5 && e.End > secondOffset + Speech.Seconds(second) - 0.5);
        Assert.DoesNotContain(echoes, e => e.End > agentOffset + 0.3);
    }

    private static void AddEcho(float[] source, float[] into, double seconds, float gain)
    {
        var delay = (int)(seconds * Speech.Rate);
        for (var i = delay; i < into.Length; i++)
        {
            into[i] += source[i - delay] * gain;
        }
    }

    private AudioQualityReport Analyze(params float[][] channels) => AnalyzeWithRegions(channels).Report;

    private (AudioQualityReport Report, IReadOnlyList<IReadOnlyList<SpeechRegion>> Regions) AnalyzeWithRegions(params float[][] channels)
    {
        using var vad = new SileroVad(SharedAssets.Require("models/vad/silero_vad.onnx"));
        var regions = vad.DetectMany([.. channels.Select(c => (ReadOnlyMemory<float>)c)], TestContext.Current.CancellationToken);
        return (_analyzer.Analyze(new PcmAudio("test", Speech.Rate, channels), regions, TestContext.Current.CancellationToken), regions);
    }

    // The mean power of the spoken parts (where the signal rises above the -70 dBFS floor), the reference for a stated SNR.
    private static double SpeechPower(float[] signal)
    {
        var first = Array.FindIndex(signal, s => Math.Abs(s) > 0.01f);
        var last = Array.FindLastIndex(signal, s => Math.Abs(s) > 0.01f);
        return Math.Pow(Signal.Rms(signal.AsSpan(first, last - first)), 2);
    }

    // The start of the loudest 100 ms within half a second of a time, so an inserted gap cuts into speech.
    private static double LoudestNear(float[] signal, double seconds)
    {
        var window = Speech.Rate / 10;
        var from = (int)((seconds - 0.5) * Speech.Rate);
        var best = Enumerable.Range(0, Speech.Rate / 80)
            .Select(step => from + (step * 80))
            .MaxBy(start => Signal.Rms(signal.AsSpan(start, window)));
        return (double)best / Speech.Rate;
    }
}
