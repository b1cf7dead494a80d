using AutoQa.Audio;
using AutoQa.Batch.Stages;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Tests.Support;

/// <summary>A stand-in recogniser: one segment per speech region, so runner tests stay fast and deterministic.</summary>
internal sealed class RegionTranscriber : ITranscribeStage
{
    public TranscriptEngine Engine { get; } = new("regions", "none");

    public ITranscribeWorker CreateWorker() => new Worker(Engine);

    public void Dispose()
    {
    }

    private sealed class Worker(TranscriptEngine engine) : ITranscribeWorker
    {
        public CallTranscript Transcribe(PcmAudio audio, CallMetadata metadata, SignalReport signal, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var channels = signal.Speech.Select((regions, channel) => new ChannelTranscript(
                channel,
                channel == metadata.AgentChannel ? Speaker.Agent : Speaker.Customer,
                "en",
                [.. regions.Select(r => new TranscriptSegment(channel, Speaker.Unknown, r.Start, r.End, "speech", []))]));
            return new CallTranscript(metadata.CallId, audio.DurationSeconds, engine, [.. channels]);
        }

        public void Dispose()
        {
        }
    }
}
