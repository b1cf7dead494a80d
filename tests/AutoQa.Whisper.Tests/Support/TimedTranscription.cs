namespace AutoQa.Whisper.Tests.Support;

/// <summary>A transcription with the wall time it took and the length of its audio.</summary>
public sealed record TimedTranscription(WhisperTranscription Transcription, TimeSpan Elapsed, double AudioSeconds);
