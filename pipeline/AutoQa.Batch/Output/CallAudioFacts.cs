namespace AutoQa.Batch.Output;

/// <summary>Facts about a call's decoded audio.</summary>
/// <param name="DurationSeconds">Length of the recording.</param>
/// <param name="Channels">Channels in the recording.</param>
/// <param name="SpeechSeconds">Seconds of speech found by the VAD, summed over channels.</param>
public sealed record CallAudioFacts(double DurationSeconds, int Channels, double SpeechSeconds);
