using AutoQa.Synth.Catalog;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Dialogue;

/// <summary>
/// Writes one call's dialogue from a scenario: opening, the customer's issue, empathy, the middle of the call
/// (padding with neutral exchanges up to the target length), the outcome and the closing. The script only
/// places speech; what a QA lead would find is measured afterwards from the placed utterances.
/// </summary>
internal sealed class ScenarioScript(
    ScenarioDefinition scenario,
    DialogueBuilder dialogue,
    PhrasePicker phrases,
    SynthSettings settings,
    QaThresholds thresholds,
    Random random,
    double targetSeconds)
{
    // Seconds the outcome and closing usually take: the middle stops this long before the target length.
    private const double ClosingAllowance = 35;
    private const double LongComplaintMargin = 0.5;

    public async Task WriteAsync(CancellationToken cancellationToken = default)
    {
        await OpenAsync(cancellationToken);
        var frustrationEnd = await IssueAsync(cancellationToken);
        if (frustrationEnd is not null && scenario.Empathy == "fast")
        {
            await AgentAsync(Intents.Empathy, cancellationToken);
        }

        if (scenario.Attention)
        {
            await AgentAsync(Intents.Attention, cancellationToken);
            await CustomerAsync(Intents.ConfirmNeed, cancellationToken);
        }

        if (frustrationEnd is double end && scenario.Empathy == "late")
        {
            await PadAsync(end + thresholds.EmpathyWindowSeconds + 3, cancellationToken);
            await AgentAsync(Intents.Empathy, cancellationToken);
        }

        await MiddleAsync(cancellationToken);
        await PadAsync(targetSeconds - ClosingAllowance, cancellationToken);
        await OutcomeAsync(cancellationToken);
        await CloseAsync(cancellationToken);
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        switch (scenario.Greeting)
        {
            case "on-time":
                await AgentAsync(Intents.Greeting, cancellationToken);
                break;
            case "missing":
                await AgentAsync(Intents.OpeningWithoutGreeting, cancellationToken);
                break;
            default:
                // The agent speaks first but greets only after the greeting window has passed.
                var first = await AgentAsync(Intents.Stall, cancellationToken);
                await dialogue.SayAtAsync(Speaker.Customer, Intents.AreYouThere, phrases.Next(Intents.AreYouThere), dialogue.Now + 2 + random.NextDouble(), cancellationToken: cancellationToken);
                await AgentAsync(Intents.Stall, cancellationToken);
                var greetingStart = Math.Max(dialogue.Now + 1.5, first.Start + thresholds.GreetingWindowSeconds + 1 + random.NextDouble());
                await dialogue.SayAtAsync(Speaker.Agent, Intents.Greeting, phrases.Next(Intents.Greeting), greetingStart, cancellationToken: cancellationToken);
                break;
        }
    }

    /// <summary>The customer explains why they call; returns the end of their first frustrated utterance, if any.</summary>
    private async Task<double?> IssueAsync(CancellationToken cancellationToken)
    {
        await CustomerAsync(Intents.CallReason, cancellationToken);
        if (!scenario.Frustration)
        {
            await CustomerAsync(Intents.Problem, cancellationToken);
            return null;
        }

        var first = await CustomerAsync(Intents.Complaint, cancellationToken);
        if (scenario.Complaint == "none")
        {
            return first.End;
        }

        // Complaint utterances follow one another with pauses under the stretch limit, the agent only backchannelling.
        var stretchStart = first.Start;
        var last = first;
        while (last.End - stretchStart < thresholds.LongComplaintMinSeconds + LongComplaintMargin)
        {
            await dialogue.BackchannelAsync(last, () => phrases.Next(Intents.Backchannel), cancellationToken);
            last = await CustomerAsync(Intents.Complaint, cancellationToken);
        }

        if (scenario.Complaint == "cut-off")
        {
            await InterruptAsync(Intents.Complaint, cancellationToken);
        }

        return first.End;
    }

    private async Task MiddleAsync(CancellationToken cancellationToken)
    {
        if (scenario.AgentInterrupts)
        {
            await AgentAsync(Intents.AskDetail, cancellationToken);
            await InterruptAsync(Intents.LongExplanation, cancellationToken);
            await CustomerAsync(Intents.AnswerDetail, cancellationToken);
        }

        if (scenario.Hold)
        {
            await AgentAsync(Intents.HoldStart, cancellationToken);
            var holdEnd = dialogue.Now + settings.Hold.Draw(random);
            await dialogue.SayAtAsync(Speaker.Agent, Intents.Respect, phrases.Next(Intents.Respect), holdEnd, cancellationToken: cancellationToken);
        }

        if (scenario.RedLine is { } kind)
        {
            await dialogue.SayAsync(Speaker.Agent, Intents.RedLine, phrases.NextRedLine(kind), kind, cancellationToken);
            await CustomerAsync(Intents.Acknowledge, cancellationToken);
        }
    }

    private async Task OutcomeAsync(CancellationToken cancellationToken)
    {
        if (scenario.Resolved)
        {
            await AgentAsync(Intents.Solution, cancellationToken);
            await CustomerAsync(Intents.ResolutionConfirmed, cancellationToken);
            return;
        }

        await AgentAsync(Intents.Escalate, cancellationToken);
        if (scenario.Deadline)
        {
            var (text, duration) = phrases.NextDeadline();
            await dialogue.SayAsync(Speaker.Agent, Intents.Deadline, text, duration, cancellationToken);
        }

        await CustomerAsync(Intents.UnresolvedAccept, cancellationToken);
    }

    private async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (scenario.ClosingCheck)
        {
            await AgentAsync(Intents.ClosingCheck, cancellationToken);
            await CustomerAsync(Intents.NothingElse, cancellationToken);
        }

        if (scenario.FurtherSupport)
        {
            await AgentAsync(Intents.FurtherSupport, cancellationToken);
        }

        if (scenario.ReviewInvitation)
        {
            await AgentAsync(Intents.ReviewInvitation, cancellationToken);
        }

        await AgentAsync(Intents.AgentGoodbye, cancellationToken);
        await CustomerAsync(Intents.CustomerGoodbye, cancellationToken);
    }

    /// <summary>Neutral exchanges (questions, answers, troubleshooting, explanations) until <paramref name="until"/> seconds.</summary>
    private async Task PadAsync(double until, CancellationToken cancellationToken)
    {
        (string Agent, string? Customer)[] exchanges =
        [
            (Intents.AskOrder, Intents.AnswerOrder),
            (Intents.AskDetail, Intents.AnswerDetail),
            (Intents.Troubleshoot, Intents.TryResult),
            (Intents.Explain, null),
        ];
        while (dialogue.Now < until)
        {
            if (random.Next(5) == 0)
            {
                await CustomerAsync(Intents.Question, cancellationToken);
                await AgentAsync(Intents.Explain, cancellationToken);
                continue;
            }

            var (agent, customer) = exchanges[random.Next(exchanges.Length)];
            var said = await AgentAsync(agent, cancellationToken);
            if (customer is null)
            {
                await dialogue.BackchannelAsync(said, () => phrases.Next(Intents.Backchannel), cancellationToken);
                await CustomerAsync(Intents.Acknowledge, cancellationToken);
            }
            else
            {
                await CustomerAsync(customer, cancellationToken);
            }
        }
    }

    /// <summary>The customer says a long utterance of <paramref name="intent"/> and the agent breaks into it.</summary>
    private async Task InterruptAsync(string intent, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var host = await CustomerAsync(intent, cancellationToken);
            if (await dialogue.InterruptAsync(host, Speaker.Agent, phrases.Next(Intents.Interrupt), cancellationToken) is not null)
            {
                return;
            }
        }

        throw new InvalidDataException($"phrases.{scenario.Language ?? "?"}: no '{intent}' phrasing is long enough to be interrupted.");
    }

    private Task<PlacedUtterance> AgentAsync(string intent, CancellationToken cancellationToken) =>
        dialogue.SayAsync(Speaker.Agent, intent, phrases.Next(intent), cancellationToken: cancellationToken);

    private Task<PlacedUtterance> CustomerAsync(string intent, CancellationToken cancellationToken) =>
        dialogue.SayAsync(Speaker.Customer, intent, phrases.Next(intent), cancellationToken: cancellationToken);
}
