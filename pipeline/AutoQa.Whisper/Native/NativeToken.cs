namespace AutoQa.Whisper.Native;

/// <summary>A token as read from a whisper state: raw UTF-8 (possibly part of a character) and times in 10 ms units.</summary>
internal readonly record struct NativeToken(int Id, byte[] Utf8, float Probability, long T0, long T1);
