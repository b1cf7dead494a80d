using AutoQa.Audio;
using AutoQa.Audio.Quality;
using AutoQa.Audio.Vad;
using AutoQa.Batch.Stages;
using AutoQa.Calls;
using AutoQa.Events;

namespace AutoQa.Batch.Composition;

/// <summary>
/// The signal stage: Silero VAD on every channel (one batched pass over the call's channels), then the audio-quality
/// measures of each channel against its speech regions; the regions that are the other party's echo are left out of
/// the speech passed on. Defects carry the channel's party from the metadata, so the
/// scorecard and triage can say whose headset needs replacing. Thread-safe, as <see cref="SileroVad"/> and
/// <see cref="AudioQualityAnalyzer"/> are; owns and disposes the VAD.
/// </summary>
public sealed class SileroSignalStage(SileroVad vad, AudioQualityAnalyzer quality) : ISignalStage, IDisposable
{
    /// <summary>A stage with the default audio-quality thresholds.</summary>
    public SileroSignalStage(SileroVad vad)
        : this(vad, new AudioQualityAnalyzer())
    {
    }

    /// <inheritdoc />
    public SignalReport Inspect(PcmAudio audio, CallMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(metadata);
        var regions = vad.DetectMany([.. audio.Channels.Select(c => new ReadOnlyMemory<float>(c))], cancellationToken);
        var report = quality.Analyze(audio, regions, cancellationToken);
        var channels = report.Channels.Select(c => (Quality: c, Speaker: ChannelSpeakers.Of(c.Channel, audio.Channels.Count, metadata))).ToList();
        return new SignalReport(
            [.. regions.Select((channel, c) => OwnSpeech(channel, report.Channels[c].EchoRegions))],
            [.. channels.SelectMany(c => c.Quality.Defects.Select(d => d with { Speaker = c.Speaker }))],
            [.. channels.Select(c => new ChannelAudioMeasures(c.Quality.Channel, c.Speaker, c.Quality.Measures))]);
    }

    /// <inheritdoc />
    public void Dispose() => vad.Dispose();

    // The channel's speech regions less the other party's echo in them: transcribed, the echo would put the other
    // party's words in this party's mouth, overlapping the original. Slivers under a tenth of a second are dropped.
    private static IReadOnlyList<TimeRange> OwnSpeech(IReadOnlyList<SpeechRegion> regions, IReadOnlyList<TimeRange> echoes)
    {
        const double MinSeconds = 0.1;
        var own = new List<TimeRange>();
        foreach (var region in regions)
        {
            var start = region.Start;
            foreach (var echo in echoes.Where(e => e.Start < region.End && e.End > region.Start))
            {
                if (echo.Start - start >= MinSeconds)
                {
                    own.Add(new TimeRange(start, echo.Start));
                }

                start = Math.Max(start, echo.End);
            }

            if (region.End - start >= MinSeconds)
            {
                own.Add(new TimeRange(start, region.End));
            }
        }

        return own;
    }
}
