namespace AutoQa.Transcription;

/// <summary>
/// A contiguous stretch of one channel sent to the recogniser on its own (for example VAD regions merged into
/// windows of at most 30 s); the transcript's times are mapped back to the call.
/// </summary>
/// <param name="Start">First sample of the window in the channel.</param>
/// <param name="Length">Number of samples.</param>
public readonly record struct SpeechWindow(int Start, int Length);
