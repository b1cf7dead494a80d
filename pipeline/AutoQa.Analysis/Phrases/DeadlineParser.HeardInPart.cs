using AutoQa.Analysis.Text;

namespace AutoQa.Analysis.Phrases;

// What is left of a promise that lost one of its parts: a partial time frame, not enough to extract a deadline, too
// much to assert none was given.
internal sealed partial class DeadlineParser
{
    /// <summary>
    /// The first promise in <paramref name="tokens"/> heard without one of its parts: a lead and a number
    /// (two or more) with no unit, a lead and a unit with no number, a number (two or more) and a unit with
    /// no lead (a time of day, "à 17h", is none), a dangling lead that ends its clause, or "at the latest"
    /// with no time frame. Null when there is none; call it where <see cref="Find"/> found nothing.
    /// </summary>
    public (int First, int Last)? FindPartial(string[] words, IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (spoken.NumberAt(words, i) is var (value, afterNumber, joinedUnit) && value >= 2)
            {
                var unit = UnitAt(words, afterNumber) ?? joinedUnit;
                var lead = LeadBefore(words, tokens, i, leads);
                var last = unit?.Last ?? afterNumber - 1;
                if ((unit is null) != (lead is null) && !Excluded(words, i, last) && !clock.IsTimeOfDay(words[i]))
                {
                    return (lead ?? i, last);
                }
            }

            if (WordSequence.FirstAt(words, i, leads) is { } heardLead
                && (UnitAt(words, i + heardLead.Length) ?? UnitAt(words, i + heardLead.Length + 1)
                    ?? WorkingDaysCutOffAt(words, tokens, i + heardLead.Length)) is var (_, unitLast))
            {
                return (i, unitLast);
            }

            foreach (var dangling in danglingLeads)
            {
                if (WordSequence.StartsWith(words, i, dangling) && EndsClause(tokens, i + dangling.Length - 1))
                {
                    return (i, i + dangling.Length - 1);
                }
            }

            if (WordSequence.FirstAt(words, i, atTheLatest) is { } latest)
            {
                return (i, i + latest.Length - 1);
            }
        }

        return null;
    }

    /// <summary>
    /// The first time word <see cref="Find"/> and <see cref="FindPartial"/> leave: a unit ("[within an] hour"), a
    /// number and a unit with no lead ("[within] an hour"), a number and a working-day word ("3 business [days]"), or a
    /// dangling lead before a short or grammar word ("within the [hour]"); an elapsed time ("an hour ago") is none. Null when there is none. Alone it makes no time frame; in the clause of
    /// a promise to get back to the customer it is what is left of one.
    /// </summary>
    public int? TimeWordAt(string[] words, IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (spoken.NumberAt(words, i) is var (_, afterNumber, joinedUnit)
                && (UnitAt(words, afterNumber) ?? joinedUnit ?? WorkingDaysAt(words, afterNumber)) is var (_, last)
                && !Excluded(words, i, last))
            {
                return i;
            }

            if ((units.ContainsKey(words[i]) && !Excluded(words, i, i)) || LeadOfLostTimeAt(words, tokens, i))
            {
                return i;
            }
        }

        return null;
    }

    // A dangling lead followed in its clause by a short word or a grammar word, where the time would begin: "within
    // the [hour]", "within an [hour]", "innerhalb von [48 Stunden]"; not "by email".
    private bool LeadOfLostTimeAt(string[] words, IReadOnlyList<Token> tokens, int i)
    {
        var next = WordSequence.FirstAt(words, i, danglingLeads) is { } lead ? i + lead.Length : -1;
        return next > 0 && next < words.Length && tokens[next].Clause == tokens[i].Clause
            && (words[next].Length <= 3 || vocabulary.Find(words[next]) >= 0);
    }

    // A working-day word right at word i, the unit lost after it: "3 business [days]".
    private (string Unit, int Last)? WorkingDaysAt(string[] words, int i) =>
        i < words.Length && businessDayWords.Contains(words[i]) ? ("B", i) : null;

    // A working-day word that ends its clause at most a word after word i, the unit lost after it: "in [3->delivered]
    // business [days]". Not one that goes on: "in working order" is no time frame.
    private (string Unit, int Last)? WorkingDaysCutOffAt(string[] words, IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i; j < words.Length && j <= i + 1; j++)
        {
            if (businessDayWords.Contains(words[j]) && EndsClause(tokens, j))
            {
                return ("B", j);
            }
        }

        return null;
    }
}
