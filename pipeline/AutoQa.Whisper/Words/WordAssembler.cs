using System.Text;
using AutoQa.Transcripts;

namespace AutoQa.Whisper.Words;

/// <summary>
/// Turns whisper's sub-word tokens into words: a token whose text starts with a space begins a new word, the others
/// (sub-words, punctuation, the rest of a split multi-byte character) extend the current one. Special tokens are
/// dropped. Bytes are joined before decoding, so characters split across tokens come out whole.
/// </summary>
internal static class WordAssembler
{
    /// <summary>The words of one segment's text tokens.</summary>
    /// <param name="tokens">The segment's tokens in order, special ones excluded.</param>
    /// <remarks>A word spans its first token's start to its last token's end; its probability is its tokens' mean.</remarks>
    public static IReadOnlyList<TranscriptWord> Assemble(IEnumerable<WordPiece> tokens)
    {
        var words = new List<TranscriptWord>();
        var bytes = new List<byte>();
        double start = 0, end = 0;
        float probabilitySum = 0;
        var pieces = 0;

        foreach (var token in tokens)
        {
            if (token.Utf8.Length == 0)
            {
                continue;
            }

            if (token.Utf8[0] == (byte)' ' && pieces > 0)
            {
                Flush();
            }

            if (pieces == 0)
            {
                start = token.Start;
            }

            bytes.AddRange(token.Utf8);
            end = Math.Max(end, token.End);
            probabilitySum += token.Probability;
            pieces++;
        }

        Flush();
        return words;

        void Flush()
        {
            var text = Encoding.UTF8.GetString([.. bytes]).Trim();
            if (text.Length > 0)
            {
                words.Add(new TranscriptWord(start, Math.Max(start, end), text, probabilitySum / pieces));
            }

            bytes.Clear();
            end = 0;
            probabilitySum = 0;
            pieces = 0;
        }
    }
}
