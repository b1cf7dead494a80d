using System.Text;

namespace AutoQa.Sentiment.Tokenization;

/// <summary>
/// Folds lower-case accented Latin letters to ASCII with a fixed table rather than Unicode normalisation,
/// so that hashed features are identical on every platform and in invariant-globalisation mode.
/// </summary>
internal static class AccentFolding
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿźżž";
    private const string Folded = "aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzz";

    /// <summary>Appends the folded form of lower-case <paramref name="c"/> to <paramref name="target"/>.</summary>
    public static void Append(StringBuilder target, char c)
    {
        if (c < '\u00C0')
        {
            target.Append(c);
            return;
        }

        switch (c)
        {
            case 'ß':
                target.Append("ss");
                return;
            case 'æ':
                target.Append("ae");
                return;
            case 'œ':
                target.Append("oe");
                return;
        }

        var index = Accented.IndexOf(c, StringComparison.Ordinal);
        target.Append(index >= 0 ? Folded[index] : c);
    }
}
