using System.Globalization;
using AutoQa.Events;
using AutoQa.Truth;

namespace AutoQa.Synth.Conditions;

/// <summary>
/// Applies one channel condition in place and reports it with the parameters that make it measurable
/// (the SNR, the dropout positions, the echo delay, the gain) and the audio-defect event it causes.
/// </summary>
internal static class ConditionApplier
{
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="ConditionKinds.All"/>.</exception>
    public static AppliedCondition? Apply(string kind, ConditionContext context) => kind switch
    {
        ConditionKinds.Clean => null,
        ConditionKinds.Noise => Noise(context),
        ConditionKinds.Dropout => Dropout(context),
        ConditionKinds.Echo => Echo(context),
        ConditionKinds.Clipping => Clipping(context),
        ConditionKinds.LowLevel => LowLevel(context),
        _ => throw new ArgumentException($"unknown condition '{kind}'; known: {string.Join(", ", ConditionKinds.All)}", nameof(kind)),
    };

    private static AppliedCondition Noise(ConditionContext context)
    {
        var snrDb = Math.Round(context.Settings.NoiseSnrDb.Draw(context.Random), 1);
        double power = 0;
        long count = 0;
        foreach (var utterance in context.TargetSpeech)
        {
            foreach (var sample in utterance.Samples)
            {
                power += sample * sample;
                count++;
            }
        }

        var noiseRms = Math.Sqrt(power / Math.Max(1, count)) / Math.Pow(10, snrDb / 20);
        var noise = new GaussianNoise(context.Random);
        var track = context.Track;
        for (var i = 0; i < track.Length; i++)
        {
            track[i] += (float)(noiseRms * noise.Next());
        }

        return Whole(context, ConditionKinds.Noise, AudioDefectKinds.Noise, ("snrDb", Format(snrDb)));
    }

    private static AppliedCondition? Dropout(ConditionContext context)
    {
        var count = (int)context.Settings.DropoutCount.Draw(context.Random);
        var hosts = context.TargetSpeech.Where(u => u.Duration > 1).ToList();
        var dropouts = new List<(double Start, double End)>();
        for (var i = 0; i < count && hosts.Count > 0; i++)
        {
            var host = hosts[context.Random.Next(hosts.Count)];
            var length = context.Settings.DropoutSeconds.Draw(context.Random);
            var start = host.Start + 0.2 + (context.Random.NextDouble() * Math.Max(0, host.Duration - length - 0.4));
            var from = context.Sample(start);
            var to = context.Sample(start + length);
            if (dropouts.Any(d => context.Sample(d.Start) <= to && from <= context.Sample(d.End)))
            {
                continue;
            }

            Array.Clear(context.Track, from, to - from);
            dropouts.Add(((double)from / context.SampleRate, (double)to / context.SampleRate));
        }

        if (dropouts.Count == 0)
        {
            return null;
        }

        dropouts.Sort();
        var positions = string.Join(';', dropouts.Select(d => Format(d.Start) + "-" + Format(d.End)));
        var range = new TimeRange(dropouts[0].Start, dropouts[^1].End);
        return Applied(context, ConditionKinds.Dropout, AudioDefectKinds.Dropout, range, ("dropouts", positions), ("count", dropouts.Count.ToString(CultureInfo.InvariantCulture)));
    }

    private static AppliedCondition Echo(ConditionContext context)
    {
        var delayMs = Math.Round(context.Settings.EchoDelayMs.Draw(context.Random));
        var gainDb = Math.Round(context.Settings.EchoGainDb.Draw(context.Random), 1);
        var gain = (float)Math.Pow(10, gainDb / 20);
        var source = context.Tracks[Transcripts.Speaker.Customer];
        var target = context.Tracks[Transcripts.Speaker.Agent];
        var delay = context.Sample(delayMs / 1000);
        for (var i = target.Length - 1; i >= delay; i--)
        {
            target[i] += gain * source[i - delay];
        }

        return Whole(context with { Target = Transcripts.Speaker.Agent }, ConditionKinds.Echo, AudioDefectKinds.Echo, ("delayMs", Format(delayMs)), ("gainDb", Format(gainDb)));
    }

    private static AppliedCondition Clipping(ConditionContext context)
    {
        var gainDb = Math.Round(context.Settings.ClippingGainDb.Draw(context.Random), 1);
        var gain = (float)Math.Pow(10, gainDb / 20);
        var track = context.Track;
        int first = -1, last = -1, clipped = 0;
        for (var i = 0; i < track.Length; i++)
        {
            var value = track[i] * gain;
            if (Math.Abs(value) >= 1f)
            {
                first = first < 0 ? i : first;
                last = i;
                clipped++;
            }

            track[i] = Math.Clamp(value, -1f, 1f);
        }

        var range = new TimeRange((double)first / context.SampleRate, (double)(last + 1) / context.SampleRate);
        return Applied(context, ConditionKinds.Clipping, AudioDefectKinds.Clipping, range, ("gainDb", Format(gainDb)), ("clippedSamples", clipped.ToString(CultureInfo.InvariantCulture)));
    }

    private static AppliedCondition LowLevel(ConditionContext context)
    {
        var gainDb = Math.Round(context.Settings.LowLevelGainDb.Draw(context.Random), 1);
        var gain = (float)Math.Pow(10, gainDb / 20);
        var track = context.Track;
        for (var i = 0; i < track.Length; i++)
        {
            track[i] *= gain;
        }

        return Whole(context, ConditionKinds.LowLevel, AudioDefectKinds.LowLevel, ("gainDb", Format(gainDb)));
    }

    private static AppliedCondition Whole(ConditionContext context, string kind, string defect, params (string, string)[] parameters) =>
        Applied(context, kind, defect, new TimeRange(0, (double)context.Track.Length / context.SampleRate), parameters);

    private static AppliedCondition Applied(ConditionContext context, string kind, string defect, TimeRange range, params (string Key, string Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Key, p => p.Value);
        var condition = new ChannelCondition(kind, context.Channels[context.Target], values);
        return new AppliedCondition(condition, new QaEvent(QaEventKind.AudioDefect, range, context.Target, defect));
    }

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
