using AutoQa.Events;

namespace AutoQa.Audio.Quality;

/// <summary>The audio quality of a recording, channel by channel.</summary>
/// <param name="Channels">One entry per channel, in channel order.</param>
public sealed record AudioQualityReport(IReadOnlyList<ChannelQuality> Channels)
{
    /// <summary>Every channel's defects, in channel order.</summary>
    public IEnumerable<QaEvent> Defects => Channels.SelectMany(channel => channel.Defects);
}
