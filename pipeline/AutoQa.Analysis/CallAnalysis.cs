using AutoQa.Analysis.Resolution;
using AutoQa.Analysis.Timeline;
using AutoQa.Events;

namespace AutoQa.Analysis;

/// <summary>What the analyser found in one call: its turns, timeline measures and QA events.</summary>
/// <param name="CallId">The call's identity.</param>
/// <param name="Language">The call's language (the default language when neither metadata nor transcript names one).</param>
/// <param name="DurationSeconds">Length of the call.</param>
/// <param name="Turns">Every utterance with its sentiment, card numbers masked.</param>
/// <param name="Metrics">Talk time, talk ratio, speed, monologues, non-talk time, interruptions.</param>
/// <param name="Events">Every event in time order, audio findings included.</param>
/// <param name="PartialPhrases">Agent phrases heard only in part (EAR markers, closing check, further support, review
/// invitation) where the turn holds no full one: not events, but they make the absence of one unsure.</param>
/// <param name="Resolution">Whether the problem was solved on the call, with the customer's words it rests on.</param>
/// <param name="ClosingWindowStart">Where the closing window starts, in seconds.</param>
/// <param name="StartTime">When the call started, in its own time zone, when the metadata says: promises fall due from it.</param>
/// <param name="UnattributedSeconds">Seconds of speech with words when no party is known to have said any (a mono transcript without speaker labels): its turns are <see cref="AutoQa.Transcripts.Speaker.Unknown"/>'s.</param>
/// <param name="NoPhrasePack">True when no phrase pack reads the call's language: no phrase was searched for and no sentiment scored, so only what timing tells (interruptions, dead air) and the audio findings are judged.</param>
/// <param name="SidesSwapped">True when the words told the agent's and the customer's sides the other way round from the metadata's agent channel (or the transcript's labels): the turns and events read them swapped, the agent being the one who greets, restates and checks.</param>
/// <param name="AgentVoice">On a mono transcript with a diariser's voices instead of roles, the voice the words told to be the agent's ("SPEAKER_01"); null otherwise.</param>
public sealed record CallAnalysis(
    string CallId,
    string Language,
    double DurationSeconds,
    IReadOnlyList<Turn> Turns,
    CallMetrics Metrics,
    IReadOnlyList<QaEvent> Events,
    IReadOnlyList<QaEvent> PartialPhrases,
    CallResolution Resolution,
    double ClosingWindowStart,
    DateTimeOffset? StartTime = null,
    double UnattributedSeconds = 0,
    bool NoPhrasePack = false,
    bool SidesSwapped = false,
    string? AgentVoice = null)
{
    /// <summary>
    /// True when the call has speech but none of it is attributed to a party (mono without speaker labels): no
    /// detector can tell the agent's words from the customer's, so only dead air, which depends on nobody, is judged.
    /// </summary>
    public bool SpeakersUnknown => UnattributedSeconds > 0;

    /// <summary>True when the customer confirmed on the call that the problem is solved.</summary>
    public bool Resolved => Resolution.Status == ResolutionStatus.Resolved;
}
