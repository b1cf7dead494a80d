using System.Text;

namespace AutoQa.Analysis.Text;

/// <summary>
/// Turns recognised words into comparable tokens: lower case, accents folded, split at apostrophes and hyphens
/// (so "I'm" and "c'est" compare word by word), with a language's equivalents applied ("m" -> "am").
/// Punctuation ends a clause, which bounds the reach of a negation; inside a word it may not: "p.m." is one token
/// ("pm"), and "5:30" or "17.30" stays whole, a clock time.
/// </summary>
internal sealed class Tokenizer(IReadOnlyDictionary<string, string[]> equivalents)
{
    /// <summary>Tokenises a whole phrase (a pattern from a phrase pack).</summary>
    public List<string> TokenizePhrase(string phrase)
    {
        var tokens = new List<Token>();
        var clause = 0;
        Append(phrase, 0, ref clause, tokens);
        return tokens.ConvertAll(t => t.Text);
    }

    /// <summary>Appends the tokens of one recognised word; advances <paramref name="clause"/> at punctuation.</summary>
    public void Append(string word, int wordIndex, ref int clause, List<Token> tokens)
    {
        var current = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var raw = word[i];
            if (char.IsLetterOrDigit(raw))
            {
                AppendFolded(char.ToLowerInvariant(raw), current);
                continue;
            }

            if (raw == '.' && InAbbreviation(word, i))
            {
                continue;
            }

            if (Between(word, i, char.IsAsciiDigit) && raw is ':' or '.')
            {
                current.Append(raw);
                continue;
            }

            Flush(current, wordIndex, clause, tokens);
            if (raw is '.' or ',' or '?' or '!' or ';' or ':' or '¿' or '¡')
            {
                clause++;
            }
        }

        Flush(current, wordIndex, clause, tokens);
    }

    // A dot between single letters: "p.m.", "e.g.", not "fine.Thanks".
    private static bool InAbbreviation(string word, int dot) =>
        Between(word, dot, char.IsLetter) && (dot == 1 || word[dot - 2] == '.');

    private static bool Between(string word, int i, Func<char, bool> kind) =>
        i > 0 && i + 1 < word.Length && kind(word[i - 1]) && kind(word[i + 1]);

    private void Flush(StringBuilder current, int wordIndex, int clause, List<Token> tokens)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = current.ToString();
        current.Clear();
        if (equivalents.TryGetValue(text, out var replacement))
        {
            foreach (var part in replacement)
            {
                tokens.Add(new Token(part, wordIndex, clause));
            }

            return;
        }

        tokens.Add(new Token(text, wordIndex, clause));
    }

    // Speech recognisers drop or keep accents unpredictably, so both spellings must compare equal.
    private static void AppendFolded(char c, StringBuilder into)
    {
        switch (c)
        {
            case 'à' or 'á' or 'â' or 'ã' or 'ä' or 'å': into.Append('a'); break;
            case 'ç': into.Append('c'); break;
            case 'è' or 'é' or 'ê' or 'ë': into.Append('e'); break;
            case 'ì' or 'í' or 'î' or 'ï': into.Append('i'); break;
            case 'ñ': into.Append('n'); break;
            case 'ò' or 'ó' or 'ô' or 'õ' or 'ö': into.Append('o'); break;
            case 'ù' or 'ú' or 'û' or 'ü': into.Append('u'); break;
            case 'ý' or 'ÿ': into.Append('y'); break;
            case 'ß': into.Append("ss"); break;
            case 'œ': into.Append("oe"); break;
            case 'æ': into.Append("ae"); break;
            default: into.Append(c); break;
        }
    }
}
