namespace AutoQa.Truth;

/// <summary>A channel condition applied to a generated call, with what makes it measurable.</summary>
/// <param name="Kind">"clean", "noise", "dropout", "echo", "clipping", "low-level", "ulaw-8k", "mp3-low-bitrate" or "mono-mixdown".</param>
/// <param name="Channel">The channel affected, or null for the whole recording.</param>
/// <param name="Parameters">Measurable settings: "snrDb", "gainDb", "delayMs", "dropouts" as "start-end;..." seconds, and so on.</param>
public sealed record ChannelCondition(string Kind, int? Channel, IReadOnlyDictionary<string, string> Parameters);
