using AutoQa.Synth.Catalog;
using AutoQa.Synth.Speech;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Dialogue;

/// <summary>
/// Places rendered utterances on a call's timeline: turns after natural gaps, backchannels inside the other
/// party's speech, interruptions that overlap by more than the thresholds, and silences. Times fall on samples.
/// </summary>
internal sealed class DialogueBuilder(
    TextToSpeech speech,
    IReadOnlyDictionary<Speaker, VoiceSettings> voices,
    SynthSettings settings,
    QaThresholds thresholds,
    Random random,
    double startAt)
{
    // Margins that keep a declared event well clear of its threshold, so rounding never flips it.
    private const double ThresholdMargin = 0.35;
    private readonly Dictionary<(Speaker, string), Task<float[]>> _cache = [];
    private readonly List<PlacedUtterance> _utterances = [];
    private Speaker? _lastSpeaker;

    /// <summary>End of the conversation so far, in seconds.</summary>
    public double Now { get; private set; } = startAt;

    /// <summary>Everything placed so far, in placement order.</summary>
    public IReadOnlyList<PlacedUtterance> Utterances => _utterances;

    /// <summary>Says <paramref name="text"/> after the usual gap (a turn gap, or a pause when the same party goes on).</summary>
    public Task<PlacedUtterance> SayAsync(Speaker speaker, string intent, string text, string? detail = null, CancellationToken cancellationToken = default)
    {
        var gap = (_lastSpeaker == speaker ? settings.SameSpeakerGap : settings.TurnGap).Draw(random);
        return SayAtAsync(speaker, intent, text, Now + gap, detail, cancellationToken);
    }

    /// <summary>Says <paramref name="text"/> starting at <paramref name="start"/> seconds.</summary>
    public async Task<PlacedUtterance> SayAtAsync(Speaker speaker, string intent, string text, double start, string? detail = null, CancellationToken cancellationToken = default)
    {
        var samples = await RenderAsync(speaker, text, cancellationToken);
        return Place(new PlacedUtterance(speaker, OnSample(start), samples, settings.SampleRate, text, intent, detail), advances: true);
    }

    /// <summary>
    /// The listener says a short backchannel inside <paramref name="host"/>, clear of its own neighbouring speech
    /// by more than an utterance pause. Returns false when the host is too short or no phrasing is short enough.
    /// </summary>
    public async Task<bool> BackchannelAsync(PlacedUtterance host, Func<string> nextPhrasing, CancellationToken cancellationToken = default)
    {
        var listener = host.Speaker == Speaker.Agent ? Speaker.Customer : Speaker.Agent;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var text = nextPhrasing();
            var samples = await RenderAsync(listener, text, cancellationToken);
            var duration = (double)samples.Length / settings.SampleRate;
            var earliest = host.Start + settings.SameSpeakerGap.Min;
            var latest = host.End - settings.SameSpeakerGap.Min - duration;
            if (duration < thresholds.BackchannelMaxSeconds - 0.1 && latest > earliest)
            {
                var start = earliest + (random.NextDouble() * (latest - earliest));
                Place(new PlacedUtterance(listener, OnSample(start), samples, settings.SampleRate, text, Intents.Backchannel, null), advances: false);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="speaker"/> breaks into <paramref name="host"/> while it has comfortably more than the
    /// interruption thresholds left to run; the host then stops. Returns null when the host is too short.
    /// </summary>
    public async Task<PlacedUtterance?> InterruptAsync(PlacedUtterance host, Speaker speaker, string text, CancellationToken cancellationToken = default)
    {
        var samples = await RenderAsync(speaker, text, cancellationToken);
        var duration = (double)samples.Length / settings.SampleRate;
        var minimumLead = Math.Max(thresholds.InterruptionMinRemainingSeconds, thresholds.InterruptionMinOverlapSeconds) + ThresholdMargin;
        var lead = minimumLead + (random.NextDouble() * 0.8);
        var start = host.End - lead;
        if (start < host.Start + settings.SameSpeakerGap.Max || duration < thresholds.InterruptionMinOverlapSeconds + ThresholdMargin)
        {
            return null;
        }

        return Place(new PlacedUtterance(speaker, OnSample(start), samples, settings.SampleRate, text, Intents.Interrupt, null), advances: true);
    }

    private PlacedUtterance Place(PlacedUtterance utterance, bool advances)
    {
        _utterances.Add(utterance);
        if (advances)
        {
            Now = Math.Max(Now, utterance.End);
            _lastSpeaker = utterance.Speaker;
        }

        return utterance;
    }

    private Task<float[]> RenderAsync(Speaker speaker, string text, CancellationToken cancellationToken)
    {
        if (!_cache.TryGetValue((speaker, text), out var samples))
        {
            samples = speech.RenderAsync(voices[speaker], text, cancellationToken);
            _cache[(speaker, text)] = samples;
        }

        return samples;
    }

    private double OnSample(double seconds) => Math.Round(seconds * settings.SampleRate) / settings.SampleRate;
}
