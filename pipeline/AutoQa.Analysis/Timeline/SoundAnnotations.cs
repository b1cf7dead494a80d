using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>
/// What recognisers write for sounds rather than words: Whisper's "[Music]", "(upbeat music)", "[BLANK_AUDIO]",
/// "♪ ... ♪" over hold music, "[laughs]". Such a span is no one's words: left in, hold music written as "[Music]"
/// would be the agent talking through the hold, and its words would be searched for phrases.
/// </summary>
internal static class SoundAnnotations
{
    private const string MusicNotes = "♪♫♬";

    /// <summary>
    /// The spoken words of <paramref name="words"/>: without the words of a bracketed or parenthesised span, and
    /// without those between music notes (lyrics), notes included. The same list when it holds none.
    /// </summary>
    public static IReadOnlyList<TranscriptWord> Without(IReadOnlyList<TranscriptWord> words)
    {
        List<TranscriptWord>? spoken = null;
        var (inBrackets, inMusic) = (false, false);
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text.AsSpan().Trim();
            var notes = MusicNotesIn(text);
            var opens = text.Length > 0 && text[0] is '[' or '(';
            if (inBrackets || inMusic || notes > 0 || opens)
            {
                spoken ??= [.. words.Take(i)];
                inBrackets = (inBrackets || opens) && !(text.Length > 0 && text[^1] is ']' or ')');
                inMusic ^= notes % 2 == 1;
            }
            else
            {
                spoken?.Add(words[i]);
            }
        }

        return spoken ?? words;
    }

    private static int MusicNotesIn(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += MusicNotes.Contains(c, StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }
}
