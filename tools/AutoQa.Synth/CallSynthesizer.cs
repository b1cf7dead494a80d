using AutoQa.Calls;
using AutoQa.Events;
using AutoQa.Synth.Catalog;
using AutoQa.Synth.Conditions;
using AutoQa.Synth.Dialogue;
using AutoQa.Synth.Output;
using AutoQa.Synth.Speech;
using AutoQa.Synth.Truth;
using AutoQa.Transcripts;
using AutoQa.Truth;

namespace AutoQa.Synth;

/// <summary>
/// Generates one call from a <see cref="CallSpec"/>: writes the scenario's dialogue with TTS voices, mixes each
/// party onto its channel, applies the channel condition, and measures the ground truth from what was placed.
/// Thread-safe: generate several calls in parallel from one instance.
/// </summary>
public sealed class CallSynthesizer
{
    private readonly SynthData _data;
    private readonly TextToSpeech _speech;

    /// <summary>Creates a synthesizer over <paramref name="data"/>, or the shipped data when null.</summary>
    public CallSynthesizer(SynthData? data = null)
    {
        _data = data ?? SynthData.Default;
        _speech = new TextToSpeech(_data.Settings);
    }

    /// <summary>Generates the call <paramref name="spec"/> describes, in memory.</summary>
    /// <exception cref="ArgumentException">The spec names an unknown scenario, language, condition or format, or an agent channel other than 0 or 1.</exception>
    /// <exception cref="Processes.ExternalToolException">espeak-ng or flite is missing or failed.</exception>
    public async Task<SynthesizedCall> SynthesizeAsync(CallSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var scenario = _data.Scenario(spec.Scenario);
        var language = spec.Language ?? scenario.Language ?? "en";
        Validate(spec, language);
        var seeds = new Random(spec.Seed);
        var voiceRandom = new Random(seeds.Next());
        var dialogueRandom = new Random(seeds.Next());
        var audioRandom = new Random(seeds.Next());

        var settings = _data.Settings;
        var dialogue = new DialogueBuilder(_speech, ChooseVoices(language, voiceRandom), settings, _data.Thresholds, dialogueRandom, settings.EdgeSilence.Draw(dialogueRandom));
        var phrases = new PhrasePicker(_data.Phrases[language], dialogueRandom, DateOnly.FromDateTime(spec.StartTime.DateTime));
        await new ScenarioScript(scenario, dialogue, phrases, settings, _data.Thresholds, dialogueRandom, spec.TargetSeconds).WriteAsync(cancellationToken);
        var duration = Math.Round((dialogue.Now + settings.EdgeSilence.Draw(dialogueRandom)) * settings.SampleRate) / settings.SampleRate;
        var placed = dialogue.Utterances.OrderBy(u => u.Start).ToList();

        var tracks = CallMixer.Mix(placed, duration, settings, audioRandom);
        var channelOf = new Dictionary<Speaker, int> { [Speaker.Agent] = spec.AgentChannel, [Speaker.Customer] = 1 - spec.AgentChannel };
        var target = spec.ConditionTarget ?? (audioRandom.Next(2) == 0 ? Speaker.Agent : Speaker.Customer);
        var context = new ConditionContext(tracks, channelOf, placed, target, _data.Conditions, settings.SampleRate, audioRandom);
        var applied = ConditionApplier.Apply(spec.Condition, context);

        var mono = spec.Format == RecordingFormats.MonoMixdown;
        var events = new EventFinder(_data.Thresholds).Find(placed, duration);
        if (applied?.Defect is { } defect)
        {
            events.Add(defect);
        }

        events = events.ConvertAll(e => e with { Range = new TimeRange(Round(e.Range.Start), Round(e.Range.End)) });

        var truth = new CallTruth(
            spec.CallId,
            scenario.Name,
            language,
            spec.AgentChannel,
            duration,
            scenario.Resolved,
            placed.Select(u => new TruthUtterance(u.Speaker, mono ? 0 : channelOf[u.Speaker], Round(u.Start), Round(u.End), u.Text, u.Intent)).ToList(),
            events,
            ExpectedAnswers.From(events, scenario.Resolved, _data.Thresholds),
            Conditions(applied, spec.Format));
        var metadata = new CallMetadata(spec.CallId, $"recordings/{spec.CallId}.{RecordingFormats.Extension(spec.Format)}", spec.AgentId, spec.Team, language, mono ? 0 : spec.AgentChannel, spec.StartTime);
        var first = tracks[channelOf[Speaker.Agent] == 0 ? Speaker.Agent : Speaker.Customer];
        var second = tracks[channelOf[Speaker.Agent] == 0 ? Speaker.Customer : Speaker.Agent];
        IReadOnlyList<float[]> channels = mono ? [MixDown(first, second)] : [first, second];
        return new SynthesizedCall(spec, settings.SampleRate, channels, truth, GroundTruthTranscript.From(truth, mono), metadata);
    }

    private void Validate(CallSpec spec, string language)
    {
        if (!_data.Phrases.ContainsKey(language))
        {
            throw new ArgumentException($"no phrase book for language '{language}'; known: {string.Join(", ", _data.Phrases.Keys)}", nameof(spec));
        }

        if (!ConditionKinds.All.Contains(spec.Condition) || !RecordingFormats.All.Contains(spec.Format) || spec.AgentChannel is not (0 or 1))
        {
            throw new ArgumentException($"call {spec.CallId}: condition '{spec.Condition}', format '{spec.Format}' or agent channel {spec.AgentChannel} is not valid (conditions: {string.Join(", ", ConditionKinds.All)}; formats: {string.Join(", ", RecordingFormats.All)}).", nameof(spec));
        }
    }

    private Dictionary<Speaker, VoiceSettings> ChooseVoices(string language, Random random)
    {
        var voices = _data.Voices[language];
        var agent = random.Next(voices.Count);
        var customer = (agent + 1 + random.Next(voices.Count - 1)) % voices.Count;
        VoiceSettings Draw(int index) => new(voices[index], _data.Settings.RateFactor.Draw(random), _data.Settings.PitchFactor.Draw(random));
        return new Dictionary<Speaker, VoiceSettings> { [Speaker.Agent] = Draw(agent), [Speaker.Customer] = Draw(customer) };
    }

    private static List<ChannelCondition> Conditions(AppliedCondition? applied, string format)
    {
        var conditions = new List<ChannelCondition> { applied?.Condition ?? new ChannelCondition(ConditionKinds.Clean, null, new Dictionary<string, string>()) };
        if (format != RecordingFormats.Wav)
        {
            conditions.Add(new ChannelCondition(format, null, new Dictionary<string, string>()));
        }

        return conditions;
    }

    private static float[] MixDown(float[] first, float[] second)
    {
        // Half of each keeps overlapping speech clear of full scale, so the mixdown adds no clipping of its own.
        var mixed = new float[first.Length];
        for (var i = 0; i < mixed.Length; i++)
        {
            mixed[i] = 0.5f * (first[i] + second[i]);
        }

        return mixed;
    }

    private static double Round(double seconds) => Math.Round(seconds, 6);
}
