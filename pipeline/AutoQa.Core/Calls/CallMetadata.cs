namespace AutoQa.Calls;

/// <summary>What the telephony platform tells about a call besides its audio.</summary>
/// <param name="CallId">The call's identity.</param>
/// <param name="File">The recording's file name, relative to the night's folder, or null when unknown.</param>
/// <param name="AgentId">The agent's identity, or null.</param>
/// <param name="Team">The agent's team, or null.</param>
/// <param name="Language">The customer's language (ISO 639-1), or null for auto-detection.</param>
/// <param name="AgentChannel">Zero-based channel carrying the agent on stereo recordings. The default is 0.</param>
/// <param name="StartTime">When the call started, or null when unknown.</param>
public sealed record CallMetadata(
    string CallId,
    string? File = null,
    string? AgentId = null,
    string? Team = null,
    string? Language = null,
    int AgentChannel = 0,
    DateTimeOffset? StartTime = null);
