namespace AutoQa.Synth.Dialogue;

/// <summary>The dialogue intents a phrase book holds phrasings for; the truth maps some of them to QA events.</summary>
public static class Intents
{
#pragma warning disable CS1591 // The names say it; Data/phrases.en.yaml shows what each one sounds like.
    public const string Greeting = "greeting";
    public const string OpeningWithoutGreeting = "opening-without-greeting";
    public const string Stall = "stall";
    public const string AreYouThere = "are-you-there";
    public const string CallReason = "call-reason";
    public const string Problem = "problem";
    public const string Complaint = "complaint";
    public const string Empathy = "empathy";
    public const string Attention = "attention";
    public const string ConfirmNeed = "confirm-need";
    public const string AskOrder = "ask-order";
    public const string AnswerOrder = "answer-order";
    public const string AskDetail = "ask-detail";
    public const string AnswerDetail = "answer-detail";
    public const string Troubleshoot = "troubleshoot";
    public const string TryResult = "try-result";
    public const string Explain = "explain";
    public const string Question = "question";
    public const string LongExplanation = "long-explanation";
    public const string Interrupt = "interrupt";
    public const string HoldStart = "hold-start";
    public const string Respect = "respect";
    public const string Acknowledge = "acknowledge";
    public const string Solution = "solution";
    public const string ResolutionConfirmed = "resolution-confirmed";
    public const string Escalate = "escalate";
    public const string UnresolvedAccept = "unresolved-accept";
    public const string ClosingCheck = "closing-check";
    public const string NothingElse = "nothing-else";
    public const string FurtherSupport = "further-support";
    public const string ReviewInvitation = "review-invitation";
    public const string AgentGoodbye = "agent-goodbye";
    public const string CustomerGoodbye = "customer-goodbye";
    public const string Backchannel = "backchannel";
    public const string Deadline = "deadline";
    public const string RedLine = "red-line";
#pragma warning restore CS1591

    /// <summary>Intents every phrase book must have (deadlines and red lines have their own sections).</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        Greeting, OpeningWithoutGreeting, Stall, AreYouThere, CallReason, Problem, Complaint, Empathy, Attention,
        ConfirmNeed, AskOrder, AnswerOrder, AskDetail, AnswerDetail, Troubleshoot, TryResult, Explain, Question,
        LongExplanation, Interrupt, HoldStart, Respect, Acknowledge, Solution, ResolutionConfirmed, Escalate,
        UnresolvedAccept, ClosingCheck, NothingElse, FurtherSupport, ReviewInvitation, AgentGoodbye, CustomerGoodbye,
        Backchannel,
    ];
}
