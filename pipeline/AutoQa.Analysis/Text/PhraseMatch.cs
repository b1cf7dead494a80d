namespace AutoQa.Analysis.Text;

/// <summary>Where a phrase of an intent was found in a turn's tokens.</summary>
/// <param name="Intent">The phrase pack intent, for example "empathy".</param>
/// <param name="FirstToken">Index of the first matched token.</param>
/// <param name="LastToken">Index of the last matched token.</param>
/// <param name="Cost">Edit cost in half-words (0 for an exact match).</param>
/// <param name="Negated">True when a negation precedes the phrase in the same clause.</param>
/// <param name="Partial">True when the phrase was heard only in part: one word more is lost than a match forgives.</param>
/// <param name="Gapped">
/// True when a partial match's lost words left a gap: no other word was said among its words, no content word of it
/// was heard after the gap, and it ends on its last word or where its clause ends ("no need to [return] it"; not
/// "need the [card->order] number" nor "need the [card] number").
/// </param>
internal readonly record struct PhraseMatch(string Intent, int FirstToken, int LastToken, int Cost, bool Negated, bool Partial = false, bool Gapped = false);
