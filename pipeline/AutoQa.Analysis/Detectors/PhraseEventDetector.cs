using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Text;
using AutoQa.Analysis.Timeline;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Detectors;

/// <summary>
/// The events read from the words: EAR markers (attention also from a question that restates the customer's words),
/// closing check and further support (closing window only),
/// review invitation, deadlines, red lines (agent), and frustration (customer). Agent phrases and time frames heard
/// only in part, and red lines whose lost words left a gap, go to <c>partialPhrases</c>, with the kind they would
/// have had; so does an agent turn the customer answers as a closing check ("no, nothing else") or a restated need ("yes, exactly") when no such phrase was heard in it.
/// </summary>
internal static class PhraseEventDetector
{
    private static readonly (string Intent, QaEventKind Kind, bool ClosingOnly)[] AgentIntents =
    [
        (PhraseIntents.Empathy, QaEventKind.Empathy, false),
        (PhraseIntents.Attention, QaEventKind.Attention, false),
        (PhraseIntents.Respect, QaEventKind.Respect, false),
        (PhraseIntents.ReviewInvitation, QaEventKind.ReviewInvitation, false),
        (PhraseIntents.ClosingCheck, QaEventKind.ClosingCheck, true),
        (PhraseIntents.FurtherSupport, QaEventKind.FurtherSupport, true),
    ];

    // The customer's answers that tell what the agent asked, and whether the question counts in the closing window only.
    private static readonly (string Answer, QaEventKind Kind, bool ClosingOnly)[] Answers =
    [
        (PhraseIntents.NothingElse, QaEventKind.ClosingCheck, true),
        (PhraseIntents.NeedConfirmed, QaEventKind.Attention, false),
    ];

    public static void Detect(CallContext call, List<QaEvent> events, List<QaEvent> partialPhrases)
    {
        var restatement = new Restatement(call);
        var statements = new List<QaEvent>();
        foreach (var turn in call.Of(Speaker.Agent))
        {
            // A short call's closing window reaches its greeting, whose "how can I help you today?" is no closing check.
            var greets = events.Exists(e => e.Kind == QaEventKind.Greeting && Within(turn, e));
            foreach (var (intent, kind, _) in AgentIntents.Where(i => !i.ClosingOnly || (turn.Turn.Start >= call.ClosingWindowStart && !greets)))
            {
                if (turn.Find(intent) is { } match)
                {
                    events.Add(Event(kind, turn, match.FirstToken, match.LastToken));
                }
                else if (kind == QaEventKind.Attention && restatement.Find(turn) is var (restatedFirst, restatedLast, how))
                {
                    // A restating statement that also holds an attention phrase heard in part ("..., ist das [richtig?]")
                    // was asked as a question: two signals agree.
                    var asked = how == Restated.AsQuestion || (how == Restated.AsStatement && turn.FindPartial(intent) is not null);
                    (asked ? events : how == Restated.InPart ? partialPhrases : statements).Add(Event(kind, turn, restatedFirst, restatedLast));
                }
                else if (turn.FindPartial(intent) is { } part)
                {
                    partialPhrases.Add(Event(kind, turn, part.FirstToken, part.LastToken));
                }
            }

            foreach (var kind in PhraseIntents.RedLineKindsChecked)
            {
                if (RedLine(call, turn, kind, turn.Find(PhraseIntents.RedLine(kind))) is { } match)
                {
                    events.Add(Event(QaEventKind.RedLine, turn, match.FirstToken, match.LastToken) with { Detail = kind });
                }
                else if (RedLine(call, turn, kind, turn.FindGapped(PhraseIntents.RedLine(kind))) is { } part)
                {
                    partialPhrases.Add(Event(QaEventKind.RedLine, turn, part.FirstToken, part.LastToken) with { Detail = kind });
                }
            }

            var deadlines = call.Pack.Deadlines;
            var words = deadlines.Read(turn.Tokens);
            if (deadlines.Find(words, turn.Tokens, call.Start) is var (duration, first, last))
            {
                events.Add(Event(QaEventKind.Deadline, turn, first, last) with { Detail = duration });
            }
            else if (deadlines.NamesADay(words) && DayOfAContactPromise(call, turn, words) is var (dayDuration, promiseStart, dayLast))
            {
                events.Add(Event(QaEventKind.Deadline, turn, promiseStart, dayLast) with { Detail = dayDuration });
            }
            else if (deadlines.FindPartial(words, turn.Tokens) is var (partFirst, partLast))
            {
                partialPhrases.Add(Event(QaEventKind.Deadline, turn, partFirst, partLast));
            }
            else if (deadlines.TimeWordAt(words, turn.Tokens) is { } timeWord && ContactPromiseAround(call.Pack, turn, timeWord) is var (promiseFirst, promiseLast))
            {
                partialPhrases.Add(Event(QaEventKind.Deadline, turn, promiseFirst, promiseLast));
            }
        }

        AddAnsweredQuestions(call, events, partialPhrases, statements);
        foreach (var turn in call.Of(Speaker.Customer).Where(call.IsFrustrated))
        {
            events.Add(new QaEvent(QaEventKind.CustomerFrustration, new TimeRange(turn.Turn.Start, turn.Turn.End), Speaker.Customer, Quote: CallContext.Quote(turn.Turn)));
        }
    }

    // An answer tells what was asked: "no, nothing else" answers a closing check, "yes, exactly" a restated need.
    // A phrase heard in part, or a restating statement, answered as such is the phrase: two signals agree. When the
    // agent's turn holds nothing of it, recognition lost it or the customer answered something else: a phrase
    // heard in part.
    private static void AddAnsweredQuestions(CallContext call, List<QaEvent> events, List<QaEvent> partialPhrases, List<QaEvent> statements)
    {
        AnalysedTurn? asked = null;
        foreach (var turn in call.Turns.Where(t => !t.Turn.Backchannel))
        {
            if (turn.Turn.Speaker == Speaker.Customer && asked is { } question)
            {
                foreach (var (_, kind, _) in Answers.Where(a => (!a.ClosingOnly || question.Turn.Start >= call.ClosingWindowStart) && turn.Find(a.Answer) is not null))
                {
                    if (events.Exists(e => e.Kind == kind && Within(question, e)))
                    {
                        continue;
                    }

                    var quote = $"{CallContext.Quote(question.Turn)} | customer: {CallContext.Quote(turn.Turn)}";
                    if ((Take(partialPhrases, question, kind) ?? Take(statements, question, kind)) is { } heardInPart)
                    {
                        events.Add(heardInPart with { Quote = quote });
                    }
                    else
                    {
                        partialPhrases.Add(new QaEvent(kind, new TimeRange(question.Turn.Start, question.Turn.End), Speaker.Agent, Quote: quote));
                    }
                }
            }

            asked = turn.Turn.Speaker == Speaker.Agent ? turn : null;
        }
    }

    // The red line's words, unless a disclaimer, a form or the card's last digits make them none.
    private static PhraseMatch? RedLine(CallContext call, AnalysedTurn turn, string kind, PhraseMatch? match) =>
        match is { } found && !Disclaimed(turn, found) && !(kind == RedLineKinds.CardNumber && NoRequest(call.Pack, turn, found)) ? found : null;

    // "We will never ask for your CVV": a disclaimer earlier in the red line's clause makes it a reassurance.
    private static bool Disclaimed(AnalysedTurn turn, PhraseMatch redLine) =>
        turn.Find(PhraseIntents.Disclaimer) is { } disclaimer
        && disclaimer.LastToken < redLine.FirstToken
        && turn.Tokens[disclaimer.LastToken].Clause == turn.Tokens[redLine.FirstToken].Clause;

    // "Check that the card number, expiry date and CVV you entered are correct": card details in a sentence about a
    // form or keypad are no request, unless the sentence asks to hear them ("can you read me the CVV you entered?").
    // Nor is "the last four digits of your card number": the last digits lead into it, a word between at most.
    private static bool NoRequest(CompiledPhrasePack pack, AnalysedTurn turn, PhraseMatch redLine)
    {
        var context = pack.MatchOnDemand(turn);
        return context.Exists(m => m.Intent == PhraseIntents.LastDigits && !m.Negated && !m.Partial && m.LastToken < redLine.FirstToken && redLine.FirstToken - m.LastToken <= 2)
            || (InSentenceOf(turn, context, redLine, PhraseIntents.CardForm) && !InSentenceOf(turn, context, redLine, PhraseIntents.SayAloud));
    }

    // "I'll call you back [within] an hour": a time word in the clause of a promise to get back to the customer is
    // what is left of a time frame. The tokens from the promise to the time word, or null.
    private static (int First, int Last)? ContactPromiseAround(CompiledPhrasePack pack, AnalysedTurn turn, int timeWord)
    {
        foreach (var match in ContactPromises(pack, turn))
        {
            if (turn.Tokens[match.FirstToken].Clause == turn.Tokens[timeWord].Clause)
            {
                return (Math.Min(match.FirstToken, timeWord), Math.Max(match.LastToken, timeWord));
            }
        }

        return null;
    }

    // "I'll call you back on Monday": a day right after a promise to get back to the customer is when; "on Monday"
    // alone may be when something broke.
    private static (string? Duration, int First, int Last)? DayOfAContactPromise(CallContext call, AnalysedTurn turn, string[] words)
    {
        foreach (var match in ContactPromises(call.Pack, turn))
        {
            if (call.Pack.Deadlines.DayAfter(words, turn.Tokens, match.LastToken + 1, call.Start) is var (duration, last))
            {
                return (duration, match.FirstToken, last);
            }
        }

        return null;
    }

    private static IEnumerable<PhraseMatch> ContactPromises(CompiledPhrasePack pack, AnalysedTurn turn) =>
        pack.MatchOnDemand(turn).Where(m => m.Intent == PhraseIntents.ContactPromise && !m.Negated && !m.Partial);

    private static bool InSentenceOf(AnalysedTurn turn, List<PhraseMatch> context, PhraseMatch anchor, string intent) =>
        context.Exists(m => m.Intent == intent && !m.Negated && !m.Partial
            && OneSentence(turn, Math.Min(m.FirstToken, anchor.FirstToken), Math.Max(m.LastToken, anchor.LastToken)));

    // No word from token first to token last ends a sentence.
    private static bool OneSentence(AnalysedTurn turn, int first, int last)
    {
        for (var w = turn.Tokens[first].Word; w < turn.Tokens[last].Word; w++)
        {
            if (turn.Turn.Words[w].Text is [.., '.' or '?' or '!'])
            {
                return false;
            }
        }

        return true;
    }

    // Removes and returns the first event of kind within turn, or null.
    private static QaEvent? Take(List<QaEvent> found, AnalysedTurn turn, QaEventKind kind)
    {
        var index = found.FindIndex(e => e.Kind == kind && Within(turn, e));
        if (index < 0)
        {
            return null;
        }

        var taken = found[index];
        found.RemoveAt(index);
        return taken;
    }

    private static bool Within(AnalysedTurn turn, QaEvent found) =>
        found.Range.Start >= turn.Turn.Start && found.Range.Start <= turn.Turn.End;

    private static QaEvent Event(QaEventKind kind, AnalysedTurn turn, int first, int last) =>
        new(kind, turn.RangeOf(first, last), turn.Turn.Speaker, Quote: CallContext.Quote(turn.Turn));
}
