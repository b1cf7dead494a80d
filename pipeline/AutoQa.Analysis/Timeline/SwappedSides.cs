using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Text;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Timeline;

/// <summary>
/// Tells when a call's sides are the wrong way round: phone systems differ on which channel carries the agent, and a
/// night's metadata may name the wrong one for every call (or a diariser may swap its labels). The words tell: an
/// agent greets, restates, shows empathy, checks and offers more help; a customer complains and confirms. The sides
/// count as swapped only when read the other way round they tell a role's phrases clearly more often, and they are
/// only read so when the call as labelled tells few: a call with its usual phrases costs nothing more. The same count
/// tells which of a diariser's voices is the agent's (<see cref="Voices"/>).
/// </summary>
internal static class SwappedSides
{
    /// <summary>Distinct role phrases the other reading must add: a greeting alone has three parts.</summary>
    public const int Margin = 3;

    // A call as labelled telling this many is taken as it is: a customer's words read as the agent's tell two or
    // three ("je suis" of an introduction, "c'est bien ça" of a restatement), an agent's usually eight or more.
    private const int Plain = 6;

    private static readonly HashSet<string> AgentIntents =
    [
        PhraseIntents.GreetingOpening, PhraseIntents.GreetingIntroduction, PhraseIntents.GreetingOffer, PhraseIntents.Empathy,
        PhraseIntents.Attention, PhraseIntents.Respect, PhraseIntents.ClosingCheck, PhraseIntents.FurtherSupport,
        PhraseIntents.ReviewInvitation, PhraseIntents.SolutionGiven, PhraseIntents.Escalation,
    ];

    private static readonly HashSet<string> CustomerIntents =
    [
        PhraseIntents.Frustration, PhraseIntents.ResolutionConfirmed, PhraseIntents.NothingElse, PhraseIntents.NeedConfirmed,
    ];

    /// <summary>True when <paramref name="turns"/>, matched as labelled, tell their roles the other way round.</summary>
    public static bool AreSwapped(IReadOnlyList<AnalysedTurn> turns, CompiledPhrasePack pack)
    {
        var asLabelled = RolePhrases(turns);
        if (asLabelled >= Plain)
        {
            return false;
        }

        var reversed = RolePhrases(turns
            .Where(t => t.Turn.Speaker != Speaker.Unknown)
            .Select(t => (Other(t.Turn.Speaker), pack.Matcher.Match(t.Tokens, pack.Matcher.Identify(t.Tokens), Other(t.Turn.Speaker)).AsEnumerable())));
        return reversed >= asLabelled + Margin;
    }

    /// <summary>How many role intents <paramref name="turns"/> say, each by the party it belongs to: distinct intents, whole and not negated.</summary>
    public static int RolePhrases(IReadOnlyList<AnalysedTurn> turns) => RolePhrases(turns.Select(t => (t.Turn.Speaker, t.Matches.AsEnumerable())));

    /// <summary>The other party: the agent for the customer and back; unknown stays unknown.</summary>
    public static Speaker Other(Speaker speaker) => speaker switch
    {
        Speaker.Agent => Speaker.Customer,
        Speaker.Customer => Speaker.Agent,
        _ => Speaker.Unknown,
    };

    private static int RolePhrases(IEnumerable<(Speaker Speaker, IEnumerable<PhraseMatch> Matches)> turns) =>
        turns
            .Where(turn => turn.Speaker != Speaker.Unknown)
            .SelectMany(turn => turn.Matches
                .Where(m => !m.Negated && !m.Partial && (turn.Speaker == Speaker.Agent ? AgentIntents : CustomerIntents).Contains(m.Intent))
                .Select(m => m.Intent))
            .Distinct(StringComparer.Ordinal)
            .Count();
}
