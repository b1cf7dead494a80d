namespace AutoQa.Whisper.Native;

/// <summary>A segment as read from a whisper state; times in 10 ms units.</summary>
internal sealed record NativeSegment(long T0, long T1, string Text, float NoSpeechProbability, NativeToken[] Tokens);
