namespace AutoQa.Whisper;

/// <summary>One token whisper.cpp produced, as it produced it.</summary>
/// <param name="Id">The vocabulary id.</param>
/// <param name="Text">
/// The token's text, leading space included ("Hello", " world"); a token that holds only part of a multi-byte
/// character shows U+FFFD (words are assembled from the bytes, so they are whole).
/// </param>
/// <param name="Start">Start in seconds from the beginning of the buffer (the segment's start without token timestamps).</param>
/// <param name="End">End in seconds from the beginning of the buffer (the segment's end without token timestamps).</param>
/// <param name="Probability">The decoder's probability of the token, in [0, 1].</param>
/// <param name="IsSpecial">True for control and timestamp tokens ([_BEG_], [_TT_150], end of text).</param>
public sealed record WhisperToken(int Id, string Text, double Start, double End, float Probability, bool IsSpecial);
