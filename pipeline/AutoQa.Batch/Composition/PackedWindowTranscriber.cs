using AutoQa.Audio;
using AutoQa.Audio.Vad;
using AutoQa.Batch.Stages;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Composition;

/// <summary>
/// The transcription stage over any <see cref="ISpeechEngine"/>: per channel, the VAD regions are packed into windows
/// of at most 30 s (<see cref="SpeechWindowPacker"/>), only those samples are recognised, and every time is mapped
/// back to the call. Silence and hold music never reach the recogniser, which is both the speed-up and the guard
/// against text invented in silence. Owns and disposes the engine.
/// </summary>
public sealed class PackedWindowTranscriber(ISpeechEngine engine, SpeechWindowPacker packer) : ITranscribeStage
{
    /// <inheritdoc />
    public TranscriptEngine Engine => engine.Info;

    /// <inheritdoc />
    public ITranscribeWorker CreateWorker() => new Worker(engine.Info, engine.CreateRecognizer(), packer);

    /// <inheritdoc />
    public void Dispose() => engine.Dispose();

    private sealed class Worker(TranscriptEngine info, ISpeechRecognizer recognizer, SpeechWindowPacker packer) : ITranscribeWorker
    {
        public CallTranscript Transcribe(PcmAudio audio, CallMetadata metadata, SignalReport signal, CancellationToken cancellationToken = default)
        {
            var channels = new List<ChannelTranscript>(audio.Channels.Count);
            for (var channel = 0; channel < audio.Channels.Count; channel++)
            {
                var speaker = ChannelSpeakers.Of(channel, audio.Channels.Count, metadata);
                var regions = signal.Speech[channel].Select(r => new SpeechRegion(r.Start, r.End)).ToList();
                var segments = new List<TranscriptSegment>();
                string? language = null;
                foreach (var window in packer.Pack(regions))
                {
                    var heard = recognizer.Recognize(window.ExtractSamples(audio.Channels[channel], audio.SampleRate), metadata.Language, cancellationToken);
                    language ??= heard.Language;
                    segments.AddRange(heard.Segments.Select(s => ToCall(s, window) with { Channel = channel, Speaker = speaker }));
                }

                channels.Add(new ChannelTranscript(channel, speaker, language ?? metadata.Language, segments));
            }

            return new CallTranscript(metadata.CallId, audio.DurationSeconds, info, channels);
        }

        public void Dispose() => recognizer.Dispose();

        private static TranscriptSegment ToCall(TranscriptSegment segment, SpeechWindow window)
        {
            var span = window.ToCallRange(segment.Start, segment.End);
            return segment with
            {
                Start = span.Start,
                End = span.End,
                Words = [.. segment.Words.Select(w => ToCall(w, window))],
            };
        }

        private static TranscriptWord ToCall(TranscriptWord word, SpeechWindow window)
        {
            var span = window.ToCallRange(word.Start, word.End);
            return word with { Start = span.Start, End = span.End };
        }
    }
}
