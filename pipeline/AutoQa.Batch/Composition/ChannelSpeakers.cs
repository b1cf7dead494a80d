using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Composition;

/// <summary>Whose voice a channel carries: on stereo recordings the metadata's agent channel is the agent and the other the customer.</summary>
internal static class ChannelSpeakers
{
    /// <summary>The party on <paramref name="channel"/>; <see cref="Speaker.Unknown"/> on a mono recording, where both share the channel.</summary>
    public static Speaker Of(int channel, int channelCount, CallMetadata metadata) =>
        channelCount < 2 ? Speaker.Unknown : channel == metadata.AgentChannel ? Speaker.Agent : Speaker.Customer;
}
