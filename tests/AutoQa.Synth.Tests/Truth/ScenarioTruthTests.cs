using AutoQa.Events;
using AutoQa.Rubric;
using AutoQa.Synth.Tests.Support;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Tests.Truth;

/// <summary>Each scenario produces the events and rubric answers it is meant to show, by the shared definitions.</summary>
public sealed class ScenarioTruthTests(SynthCorpus corpus)
{
    public static TheoryData<string, string, RubricAnswer> ExpectedAnswers => new()
    {
        { Scenarios.GoodCall, DefaultRubricItems.Greeting, RubricAnswer.Yes },
        { Scenarios.GoodCall, DefaultRubricItems.NeedCaptured, RubricAnswer.Yes },
        { Scenarios.GoodCall, DefaultRubricItems.TimelineCommitment, RubricAnswer.NotApplicable },
        { Scenarios.GoodCall, DefaultRubricItems.EmpathyWithin30Seconds, RubricAnswer.Yes },
        { Scenarios.GoodCall, DefaultRubricItems.ComplaintHeardOut, RubricAnswer.NotApplicable },
        { Scenarios.GoodCall, DefaultRubricItems.NoInterruptions, RubricAnswer.Yes },
        { Scenarios.GoodCall, DefaultRubricItems.ClosingCheck, RubricAnswer.Yes },
        { Scenarios.GoodCall, DefaultRubricItems.FurtherSupport, RubricAnswer.Yes },
        { Scenarios.GoodCall, DefaultRubricItems.ReviewInvitation, RubricAnswer.Yes },
        { Scenarios.GoodCall, DefaultRubricItems.NoDeadAir, RubricAnswer.Yes },
        { Scenarios.GoodCall, DefaultRubricItems.AnswerAccuracy, RubricAnswer.NeedsHuman },
        { Scenarios.MissingGreeting, DefaultRubricItems.Greeting, RubricAnswer.No },
        { Scenarios.LateGreeting, DefaultRubricItems.Greeting, RubricAnswer.No },
        { Scenarios.AgentInterrupts, DefaultRubricItems.NoInterruptions, RubricAnswer.No },
        { Scenarios.LongComplaintHeardOut, DefaultRubricItems.ComplaintHeardOut, RubricAnswer.Yes },
        { Scenarios.LongComplaintHeardOut, DefaultRubricItems.EmpathyWithin30Seconds, RubricAnswer.Yes },
        { Scenarios.LongComplaintHeardOut, DefaultRubricItems.NoInterruptions, RubricAnswer.Yes },
        { Scenarios.LongComplaintCutOff, DefaultRubricItems.ComplaintHeardOut, RubricAnswer.No },
        { Scenarios.LongComplaintCutOff, DefaultRubricItems.NoInterruptions, RubricAnswer.No },
        { Scenarios.EmpathyLate, DefaultRubricItems.EmpathyWithin30Seconds, RubricAnswer.No },
        { Scenarios.EmpathyAbsent, DefaultRubricItems.EmpathyWithin30Seconds, RubricAnswer.No },
        { Scenarios.NoEmpathyNeeded, DefaultRubricItems.EmpathyWithin30Seconds, RubricAnswer.NotApplicable },
        { Scenarios.NeedNotRestated, DefaultRubricItems.NeedCaptured, RubricAnswer.No },
        { Scenarios.ClosingCheckMissing, DefaultRubricItems.ClosingCheck, RubricAnswer.No },
        { Scenarios.ClosingCheckMissing, DefaultRubricItems.FurtherSupport, RubricAnswer.No },
        { Scenarios.ReviewMissing, DefaultRubricItems.ReviewInvitation, RubricAnswer.No },
        { Scenarios.ReviewAfterUnresolved, DefaultRubricItems.ReviewInvitation, RubricAnswer.No },
        { Scenarios.DeadlinePromised, DefaultRubricItems.TimelineCommitment, RubricAnswer.Yes },
        { Scenarios.DeadlinePromised, DefaultRubricItems.ReviewInvitation, RubricAnswer.NotApplicable },
        { Scenarios.NoDeadline, DefaultRubricItems.TimelineCommitment, RubricAnswer.No },
        { Scenarios.RedLineRefund, DefaultRubricItems.NoRefundWithoutReturn, RubricAnswer.No },
        { Scenarios.RedLineNotGenuine, DefaultRubricItems.NoDisparagingProduct, RubricAnswer.No },
        { Scenarios.RedLineCardNumber, DefaultRubricItems.NoCardNumberRequest, RubricAnswer.No },
        { Scenarios.RedLineRudeness, DefaultRubricItems.NoRudeness, RubricAnswer.No },
        { Scenarios.LongHold, DefaultRubricItems.NoDeadAir, RubricAnswer.No },
        { Scenarios.GermanCall, DefaultRubricItems.Greeting, RubricAnswer.Yes },
        { Scenarios.FrenchCall, DefaultRubricItems.ClosingCheck, RubricAnswer.Yes },
        { Scenarios.SpanishCall, DefaultRubricItems.ReviewInvitation, RubricAnswer.Yes },
    };

    [Theory]
    [MemberData(nameof(ExpectedAnswers))]
    public async Task A_scenario_gives_its_expected_rubric_answer(string scenario, string item, RubricAnswer expected)
    {
        var call = await corpus.CallAsync(scenario);

        Assert.Equal(expected, call.Truth.ExpectedAnswers[item]);
        Assert.Equal(typeof(DefaultRubricItems).GetFields().Length, call.Truth.ExpectedAnswers.Count);
    }

    [Fact]
    public async Task A_late_greeting_is_said_but_after_the_greeting_window()
    {
        var call = await corpus.CallAsync(Scenarios.LateGreeting);
        var agent = call.Truth.Utterances.Where(u => u.Speaker == Speaker.Agent).ToList();

        var greeting = Assert.Single(agent, u => u.Intent == "greeting");
        Assert.True(greeting.Start - agent[0].Start > 10, $"greeting at {greeting.Start}, agent's first words at {agent[0].Start}");
        Assert.DoesNotContain(call.Truth.Events, e => e.Kind == QaEventKind.Greeting);
    }

    [Fact]
    public async Task A_long_complaint_lasts_over_20_seconds_and_backchannels_inside_it_are_short()
    {
        var call = await corpus.CallAsync(Scenarios.LongComplaintHeardOut);

        var complaint = Assert.Single(call.Truth.Events, e => e.Kind == QaEventKind.LongComplaint);
        Assert.True(complaint.Range.Duration >= 20, $"complaint of {complaint.Range.Duration:0.0} s");
        var backchannels = call.Truth.Utterances.Where(u => u.Intent == "backchannel" && complaint.Range.Overlaps(new TimeRange(u.Start, u.End))).ToList();
        Assert.NotEmpty(backchannels);
        Assert.All(backchannels, b => Assert.True(b.End - b.Start < 1.0, $"backchannel '{b.Text}' lasts {b.End - b.Start:0.00} s"));
        Assert.DoesNotContain(call.Truth.Events, e => e.Kind == QaEventKind.Interruption);
    }

    [Fact]
    public async Task A_promised_deadline_carries_its_ISO_8601_duration_and_the_quote()
    {
        var call = await corpus.CallAsync(Scenarios.DeadlinePromised);

        var deadline = Assert.Single(call.Truth.Events, e => e.Kind == QaEventKind.Deadline);
        // Three working days are 3 to 5 calendar days, by the call's day of the week.
        Assert.Contains(deadline.Detail, new[] { "PT1H", "PT48H", "P1D", "P3D", "P4D", "P5D" });
        Assert.Equal(Speaker.Agent, deadline.Speaker);
        Assert.Contains(call.Truth.Utterances, u => u.Text == deadline.Quote && u.Start == deadline.Range.Start);
        Assert.False(call.Truth.Resolved);
    }

    [Fact]
    public async Task A_hold_is_dead_air_of_at_least_10_seconds_with_nobody_speaking()
    {
        var call = await corpus.CallAsync(Scenarios.LongHold);

        var deadAir = Assert.Single(call.Truth.Events, e => e.Kind == QaEventKind.DeadAir);
        Assert.True(deadAir.Range.Duration >= 10);
        Assert.DoesNotContain(call.Truth.Utterances, u => deadAir.Range.Overlaps(new TimeRange(u.Start, u.End)));
        var hold = Assert.Single(call.Truth.Events, e => e.Kind == QaEventKind.Hold);
        Assert.Equal(deadAir.Range, hold.Range);
        Assert.Equal(Speaker.Agent, hold.Speaker);
        Assert.Contains(call.Truth.Utterances, u => u.Intent == "hold-start" && u.Text == hold.Quote && u.End == hold.Range.Start);
    }

    [Fact]
    public async Task Calls_in_other_languages_use_their_own_phrase_book()
    {
        var german = await corpus.CallAsync(Scenarios.GermanCall);
        var french = await corpus.CallAsync(Scenarios.FrenchCall);

        Assert.Equal("de", german.Truth.Language);
        Assert.Equal("fr", french.Truth.Language);
        Assert.Contains(german.Truth.Utterances, u => u.Text.Contains(" Sie ", StringComparison.Ordinal) || u.Text.Contains("Ihnen", StringComparison.Ordinal));
        Assert.Contains(french.Truth.Utterances, u => u.Text.Contains(" vous ", StringComparison.Ordinal));
        Assert.Equal("de", german.Metadata.Language);
    }
}
