namespace AutoQa.Whisper.Words;

/// <summary>A text token on its way into a word: raw UTF-8 and times in seconds.</summary>
internal readonly record struct WordPiece(byte[] Utf8, double Start, double End, float Probability);
