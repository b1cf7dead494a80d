using AutoQa.Audio;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Transcription;

/// <summary>
/// Turns a decoded call into a <see cref="CallTranscript"/>: each channel recognised on its own, the speaker taken
/// from the agent channel on stereo recordings (mono stays <see cref="Speaker.Unknown"/>), and every time mapped
/// to the call. One per worker: it owns one recogniser of the engine and is not thread-safe.
/// </summary>
public sealed class CallTranscriber : IDisposable
{
    private const int AudioSampleRate = 16_000;

    private readonly TranscriptEngine engineInfo;
    private readonly ISpeechRecognizer recognizer;

    /// <summary>Creates a transcriber with its own recogniser of <paramref name="engine"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public CallTranscriber(ISpeechEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        engineInfo = engine.Info;
        recognizer = engine.CreateRecognizer();
    }

    /// <summary>Recognises every channel of <paramref name="audio"/>.</summary>
    /// <param name="audio">The call at 16 kHz.</param>
    /// <param name="metadata">The call's identity, its language (null to detect) and its agent channel.</param>
    /// <param name="speechWindows">
    /// Per channel, the windows to recognise (only speech, as the VAD found it); null to recognise each channel
    /// whole. When given it must hold one list per channel.
    /// </param>
    /// <param name="cancellationToken">Stops between and inside windows.</param>
    /// <exception cref="ArgumentException">The audio is not 16 kHz, the agent channel does not exist, or the windows do not fit the audio.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public CallTranscript Transcribe(
        PcmAudio audio,
        CallMetadata metadata,
        IReadOnlyList<IReadOnlyList<SpeechWindow>>? speechWindows = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(metadata);
        Validate(audio, metadata, speechWindows);
        var channels = new List<ChannelTranscript>(audio.Channels.Count);
        for (var channel = 0; channel < audio.Channels.Count; channel++)
        {
            var samples = audio.Channels[channel];
            var windows = speechWindows?[channel] ?? [new SpeechWindow(0, samples.Length)];
            channels.Add(TranscribeChannel(
                samples, windows, channel, SpeakerOf(channel, audio.Channels.Count, metadata), metadata.Language, cancellationToken));
        }

        return new CallTranscript(metadata.CallId, audio.DurationSeconds, engineInfo, channels);
    }

    /// <summary>Frees the recogniser.</summary>
    public void Dispose() => recognizer.Dispose();

    private ChannelTranscript TranscribeChannel(
        float[] samples, IReadOnlyList<SpeechWindow> windows, int channel, Speaker speaker, string? language, CancellationToken cancellationToken)
    {
        var segments = new List<TranscriptSegment>();
        string? detected = null;
        foreach (var window in windows.Where(w => w.Length > 0).OrderBy(w => w.Start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var speech = recognizer.Recognize(samples.AsSpan(window.Start, window.Length), language, cancellationToken);
            detected ??= speech.Language;
            var offset = (double)window.Start / AudioSampleRate;
            segments.AddRange(speech.Segments.Select(segment => segment with
            {
                Channel = channel,
                Speaker = speaker,
                Start = segment.Start + offset,
                End = segment.End + offset,
                Words = segment.Words.Select(word => word with { Start = word.Start + offset, End = word.End + offset }).ToList(),
            }));
        }

        return new ChannelTranscript(channel, speaker, detected ?? language, segments);
    }

    private static Speaker SpeakerOf(int channel, int channelCount, CallMetadata metadata) =>
        channelCount < 2 ? Speaker.Unknown
        : channel == metadata.AgentChannel ? Speaker.Agent
        : Speaker.Customer;

    private static void Validate(PcmAudio audio, CallMetadata metadata, IReadOnlyList<IReadOnlyList<SpeechWindow>>? speechWindows)
    {
        if (audio.SampleRate != AudioSampleRate)
        {
            throw new ArgumentException($"{audio.Source}: recognisers need {AudioSampleRate} Hz audio, got {audio.SampleRate} Hz.", nameof(audio));
        }

        if (audio.Channels.Count > 1 && (metadata.AgentChannel < 0 || metadata.AgentChannel >= audio.Channels.Count))
        {
            throw new ArgumentException(
                $"{audio.Source}: call {metadata.CallId} names channel {metadata.AgentChannel} as the agent's, but the recording has {audio.Channels.Count} channels.",
                nameof(metadata));
        }

        if (speechWindows is null)
        {
            return;
        }

        if (speechWindows.Count != audio.Channels.Count)
        {
            throw new ArgumentException($"{speechWindows.Count} window lists given for {audio.Channels.Count} channels.", nameof(speechWindows));
        }

        for (var channel = 0; channel < audio.Channels.Count; channel++)
        {
            var length = audio.Channels[channel].Length;
            if (speechWindows[channel].Any(w => w.Start < 0 || w.Length < 0 || w.Start + w.Length > length))
            {
                throw new ArgumentException($"A speech window of channel {channel} lies outside its {length} samples.", nameof(speechWindows));
            }
        }
    }
}
