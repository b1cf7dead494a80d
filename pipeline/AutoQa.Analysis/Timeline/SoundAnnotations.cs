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
            var text = words[i].Text.Trim();
            var notes = text.Count(c => MusicNotes.Contains(c));
            var annotated = inBrackets || inMusic || notes > 0 || text.StartsWith('[') || text.StartsWith('(');
            if (annotated)
            {
                spoken ??= [.. words.Take(i)];
                inBrackets = (inBrackets || text.StartsWith('[') || text.StartsWith('(')) && !(text.EndsWith(']') || text.EndsWith(')'));
                inMusic ^= notes % 2 == 1;
            }
            else
            {
                spoken?.Add(words[i]);
            }
        }

        return spoken ?? words;
    }
}
