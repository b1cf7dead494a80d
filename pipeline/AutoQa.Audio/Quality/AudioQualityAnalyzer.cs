using AutoQa.Audio.Vad;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Audio.Quality;

/// <summary>
/// Measures each channel's audio quality from its samples and its VAD speech regions: noise (SNR), dropouts,
/// clipping, low level and echo of the other channel, and reports each problem over its threshold
/// (<see cref="AudioQualityOptions"/>) as an <see cref="QaEventKind.AudioDefect"/> event. Thread-safe.
/// </summary>
public sealed class AudioQualityAnalyzer
{
    private const int EchoLagToleranceFrames = 2;

    private readonly AudioQualityOptions _options;

    /// <summary>Creates an analyzer; <paramref name="options"/> defaults to <see cref="AudioQualityOptions"/>' defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public AudioQualityAnalyzer(AudioQualityOptions? options = null)
    {
        _options = (options ?? new AudioQualityOptions()).Validate();
    }

    /// <summary>Analyses every channel of <paramref name="audio"/>.</summary>
    /// <param name="audio">The decoded recording.</param>
    /// <param name="speechRegions">The VAD's regions, one list per channel of <paramref name="audio"/>.</param>
    /// <param name="cancellationToken">Checked between channels.</param>
    /// <exception cref="ArgumentException">The number of region lists differs from the number of channels.</exception>
    public AudioQualityReport Analyze(PcmAudio audio, IReadOnlyList<IReadOnlyList<SpeechRegion>> speechRegions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(speechRegions);
        if (speechRegions.Count != audio.Channels.Count)
        {
            throw new ArgumentException($"{speechRegions.Count} region lists for {audio.Channels.Count} channels of '{audio.Source}'.", nameof(speechRegions));
        }

        var envelopes = audio.Channels.Count > 1 ? audio.Channels.Select(c => EchoDetector.Envelope(c, audio.SampleRate)).ToArray() : null;
        var channels = new ChannelQuality[audio.Channels.Count];
        for (var c = 0; c < channels.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spans = SampleSpan.FromRegions(speechRegions[c], audio.SampleRate, audio.Channels[c].Length);
            channels[c] = AnalyzeChannel(c, audio.Channels[c], spans, audio.SampleRate, envelopes);
        }

        return new AudioQualityReport(channels);
    }

    private ChannelQuality AnalyzeChannel(int channel, float[] samples, SampleSpan[] speech, int sampleRate, float[][]? envelopes)
    {
        var defects = new List<QaEvent>();
        var speechSeconds = speech.Sum(s => s.Length) / (double)sampleRate;
        var hasEnoughSpeech = speechSeconds >= _options.MinSpeechSeconds;
        var speechRange = speech.Length == 0 ? default : new SampleSpan(speech[0].Start, speech[^1].End).ToTimeRange(sampleRate);

        var (speechPower, noisePower) = LevelMeter.Powers(samples, speech, sampleRate);
        var snrDb = LevelMeter.SnrDb(speechPower, noisePower, _options.MaxSnrDb);
        var speechDbfs = LevelMeter.Decibels(speechPower);
        Report(defects, hasEnoughSpeech && snrDb < _options.MinSnrDb, AudioDefectKinds.Noise, speechRange);
        Report(defects, hasEnoughSpeech && speechDbfs < _options.MinSpeechRmsDbfs, AudioDefectKinds.LowLevel, speechRange);

        var (clippedShare, clippedExtent) = ClippingMeter.Measure(samples, speech, (float)_options.ClipLevel);
        Report(defects, clippedShare > _options.MaxClippedShare, AudioDefectKinds.Clipping, clippedExtent.ToTimeRange(sampleRate));

        var dropoutFinder = new DropoutFinder(
            (float)_options.DropoutLevel,
            Samples(_options.MinDropoutMilliseconds, sampleRate),
            Samples(_options.MaxDropoutMilliseconds, sampleRate),
            Samples(_options.DropoutEdgeMilliseconds, sampleRate));
        var dropouts = dropoutFinder.Find(samples, speech, speechPower * Math.Pow(10, -_options.DropoutEdgeWithinDb / 10));
        defects.AddRange(dropouts.Select(d => Defect(AudioDefectKinds.Dropout, d.ToTimeRange(sampleRate))));

        var echoes = envelopes is null ? [] : FindEchoes(channel, envelopes, speech, EchoDetector.FrameSamples(sampleRate));
        var echoRanges = echoes.Select(e => FrameTime(e.Frames)).ToList();
        var echoSeconds = echoRanges.Sum(r => r.Duration);
        Report(defects, echoSeconds >= _options.MinSpeechSeconds, AudioDefectKinds.Echo, echoRanges.Count == 0 ? default : new TimeRange(echoRanges[0].Start, echoRanges[^1].End));

        var longest = echoes.Count == 0 ? default : echoes.MaxBy(e => e.Frames.Length);
        var echoCorrelation = echoes.Count == 0 ? 0 : echoes.Sum(e => e.Correlation * e.Frames.Length) / echoes.Sum(e => e.Frames.Length);
        var measures = new ChannelQualityMeasures(
            snrDb, clippedShare, dropouts.Count, speechDbfs, echoCorrelation, longest.Lag * EchoDetector.FrameMilliseconds / 1000.0, speechSeconds, echoSeconds);
        return new ChannelQuality(channel, measures, defects, echoRanges);
    }

    // The channel's speech regions that are another channel's echo (the other channel of a stereo call), then the
    // echo at the ends of its other regions, at the delay the whole ones show.
    private List<EchoRegion> FindEchoes(int channel, float[][] envelopes, SampleSpan[] speech, int frameSamples)
    {
        var minLag = Math.Max(1, _options.MinEchoDelayMilliseconds / EchoDetector.FrameMilliseconds);
        var maxLag = _options.MaxEchoDelayMilliseconds / EchoDetector.FrameMilliseconds;
        var minFrames = _options.MinEchoRegionMilliseconds / EchoDetector.FrameMilliseconds;
        var regions = speech.Select(s => new FrameRange(s.Start / frameSamples, s.End / frameSamples)).ToList();
        var (other, whole) = envelopes
            .Select((envelope, index) => (Index: index, Echoes: index == channel ? [] : EchoDetector.Find(envelopes[channel], envelope, regions, minLag, maxLag, _options.MinEchoCorrelation, minFrames)))
            .MaxBy(found => found.Echoes.Sum(e => e.Frames.Length));
        if (whole.Count == 0)
        {
            return whole;
        }

        // An echo has one delay; a short reply that happens to follow the other party's envelope has any. The regions
        // at the longest one's delay must add up to an echo worth the name, or none is one.
        var lag = whole.MaxBy(e => e.Frames.Length).Lag;
        whole = whole.FindAll(e => Math.Abs(e.Lag - lag) <= EchoLagToleranceFrames);
        if (whole.Sum(e => e.Frames.Length) * EchoDetector.FrameMilliseconds / 1000.0 < _options.MinSpeechSeconds)
        {
            return [];
        }

        var rest = regions.Where(r => !whole.Exists(e => e.Frames == r));
        return [.. whole.Concat(EchoDetector.Edges(envelopes[channel], envelopes[other], rest, lag, _options.MinEchoCorrelation, minFrames, minFrames / 3)).OrderBy(e => e.Frames.Start)];
    }

    private static TimeRange FrameTime(FrameRange frames) =>
        new(frames.Start * EchoDetector.FrameMilliseconds / 1000.0, frames.End * EchoDetector.FrameMilliseconds / 1000.0);

    private static void Report(List<QaEvent> defects, bool found, string kind, TimeRange range)
    {
        if (found)
        {
            defects.Add(Defect(kind, range));
        }
    }

    private static QaEvent Defect(string kind, TimeRange range) => new(QaEventKind.AudioDefect, range, Speaker.Unknown, kind);

    private static int Samples(int milliseconds, int sampleRate) => (int)((long)milliseconds * sampleRate / 1000);
}
