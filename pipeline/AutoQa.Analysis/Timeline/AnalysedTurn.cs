using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Timeline;

/// <summary>A turn with what the phrase matcher found in it.</summary>
internal sealed class AnalysedTurn(Turn turn, List<Token> tokens, List<PhraseMatch> matches)
{
    public Turn Turn { get; set; } = turn;

    public List<Token> Tokens { get; } = tokens;

    public List<PhraseMatch> Matches { get; } = matches;

    /// <summary>The first un-negated full match of <paramref name="intent"/>, or null.</summary>
    public PhraseMatch? Find(string intent) => Find(intent, partial: false);

    /// <summary>The first un-negated partial match of <paramref name="intent"/>, or null.</summary>
    public PhraseMatch? FindPartial(string intent) => Find(intent, partial: true);

    /// <summary>The first un-negated partial match of <paramref name="intent"/> whose lost words left a gap, or null.</summary>
    public PhraseMatch? FindGapped(string intent) => Find(intent, partial: true, gapped: true);

    private PhraseMatch? Find(string intent, bool partial, bool gapped = false)
    {
        foreach (var match in Matches)
        {
            if (match.Intent == intent && !match.Negated && match.Partial == partial && (match.Gapped || !gapped))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>The time range of tokens <paramref name="first"/> to <paramref name="last"/>, within the turn's bounds.</summary>
    /// <remarks>Word times may be rounded differently from segment times; clamping keeps a phrase inside its turn.</remarks>
    public AutoQa.Events.TimeRange RangeOf(int first, int last) =>
        new(Math.Clamp(Turn.Words[Tokens[first].Word].Start, Turn.Start, Turn.End), Math.Clamp(Turn.Words[Tokens[last].Word].End, Turn.Start, Turn.End));
}
