using AutoQa.Sphinx.Native;
using AutoQa.Transcripts;

namespace AutoQa.Sphinx;

/// <summary>Turns PocketSphinx's segmentation into transcript words: markers and noises out, alternates merged.</summary>
internal static class SphinxWords
{
    private const double SecondsPerFrame = 0.01;

    /// <summary>The real words of <paramref name="decoded"/>, timed from <paramref name="offsetSeconds"/>.</summary>
    public static List<TranscriptWord> ToTranscriptWords(IReadOnlyList<DecodedWord> decoded, double offsetSeconds) =>
        decoded
            .Where(word => !IsMarkerOrNoise(word.Text))
            .Select(word => new TranscriptWord(
                offsetSeconds + (word.StartFrame * SecondsPerFrame),
                offsetSeconds + ((word.EndFrame + 1) * SecondsPerFrame),
                WithoutAlternateMarker(word.Text),
                (float)word.Probability))
            .ToList();

    /// <summary>&lt;s&gt;, &lt;/s&gt;, &lt;sil&gt; and the noise dictionary's fillers ([NOISE], [SPEECH], ++UM++).</summary>
    private static bool IsMarkerOrNoise(string text) =>
        text.Length == 0 || text[0] is '<' or '[' or '+';

    /// <summary>"read(2)" is the dictionary's second pronunciation of "read".</summary>
    private static string WithoutAlternateMarker(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && text[^1] == ')' ? text[..open] : text;
    }
}
