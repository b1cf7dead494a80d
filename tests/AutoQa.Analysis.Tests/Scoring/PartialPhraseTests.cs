using AutoQa.Analysis.Tests.Detectors;
using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Scoring;

public sealed class PartialPhraseTests
{
    private const string ClosingItem = "professional.closing-check";
    private const string TimelineItem = "accuracy.timeline-commitment";
    private const string NeedItem = "process.need-captured";

    // The agent's words were lost to recognition, or they asked for something else: the customer's answer tells which.
    private static CallBuilder NeedCall(string language, string answer) => Some.Call(100, language)
        .Agent(1, "Hello.")
        .Customer(6, "Hi, my blender will not charge at all.")
        .Agent(12, "Okay, one moment, I see.")
        .Customer(16, answer);

    /// <summary>A resolved call with greeting and solution, before its closing; a test adds the closing.</summary>
    internal static CallBuilder Call() => Some.Call(100)
        .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
        .Customer(6, "Hi, my blender will not charge at all.")
        .Agent(20, "Please hold the power button for ten seconds, then plug it in again.")
        .Customer(50, "Great, that solves it, thank you so much.");

    [Fact]
    public void A_closing_check_that_lost_two_words_is_left_to_a_person_not_answered_no()
    {
        // "does that [solve] your [problem]": one word more lost than a match forgives.
        var result = Call().Agent(85, "Okay, does that your today?").Run();

        Assert.DoesNotContain(result.Analysis.Events, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Contains(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck && e.Range.Start >= 85);
        var item = result.Scorecard.Items.Single(i => i.Id == ClosingItem);
        Assert.Equal(RubricAnswer.NeedsHuman, item.SuggestedAnswer);
        Assert.Equal(0, item.Confidence);
        Assert.Contains(item.Evidence, e => e.Note == "closing-check heard in part" && e.Quote!.Contains("does that your", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Okay, is there else?")] // a four-word phrase that lost only its anchor, "anything"
    [InlineData("Okay, does that your today?")] // "does that [solve] your [problem]"
    public void A_closing_check_heard_in_part_is_left_to_a_person(string text)
    {
        var result = Call().Agent(85, text).Run();

        Assert.DoesNotContain(result.Analysis.Events, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.NeedsHuman, LongComplaintTests.Item(result, ClosingItem));
    }

    [Theory]
    [InlineData("en", "Okay, so for you today?", "No, nothing else.")]
    [InlineData("de", "Ihr damt Ihr?", "Nein, das war alles.")]
    [InlineData("fr", "D'autres êtes ?", "Non, rien d'autre.")]
    [InlineData("es", "Bueno, ¿tiene otra cosa hoy?", "No, nada más.")]
    public void A_turn_the_customer_answers_as_a_closing_check_is_left_to_a_person(string language, string question, string answer)
    {
        var result = Some.Call(100, language).Agent(1, "Hello.").Customer(6, "Hello.").Agent(80, question).Customer(83, answer).Run();

        var item = result.Scorecard.Items.Single(i => i.Id == ClosingItem);
        Assert.Equal(RubricAnswer.NeedsHuman, item.SuggestedAnswer);
        Assert.Contains(item.Evidence, e => e.Note == "closing-check heard in part" && e.Quote!.EndsWith($"customer: {answer}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Yes, exactly that.")]
    [InlineData("de", "Genau, das ist das Problem.")]
    [InlineData("fr", "Oui, c'est exactement ça.")]
    [InlineData("es", "Sí, exactamente eso.")]
    public void A_turn_the_customer_confirms_as_their_need_is_left_to_a_person(string language, string answer)
    {
        var result = NeedCall(language, answer).Run();

        var item = result.Scorecard.Items.Single(i => i.Id == NeedItem);
        Assert.Equal(RubricAnswer.NeedsHuman, item.SuggestedAnswer);
        Assert.Contains(item.Evidence, e => e.Note == "attention heard in part" && e.Quote!.EndsWith($"customer: {answer}", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_that_confirms_nothing_leaves_a_missing_restatement_a_no()
    {
        var result = NeedCall("en", "Sure, it's 4 4 1 2.").Run();

        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, NeedItem));
    }

    [Fact]
    public void A_closing_check_heard_in_part_and_answered_as_one_is_a_closing_check()
    {
        var result = Call().Agent(85, "Okay, does that your today?").Customer(88, "No, nothing else.").Run();

        var check = Assert.Single(result.Analysis.Of(QaEventKind.ClosingCheck));
        Assert.Equal("Okay, does that your today? | customer: No, nothing else.", check.Quote);
        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, ClosingItem));
    }

    [Fact]
    public void A_nothing_else_that_answers_a_heard_closing_check_adds_nothing()
    {
        var result = Call().Agent(85, "Is there anything else I can help you with?").Customer(88, "No, nothing else.").Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, ClosingItem));
    }

    [Theory]
    [InlineData("Okay, is there a bus?")] // the anchor and one more word lost
    [InlineData("Okay, have a lovely evening, goodbye.")]
    public void A_closing_without_enough_of_a_check_is_still_a_no(string text)
    {
        var result = Call().Agent(85, text).Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, ClosingItem));
    }

    [Fact]
    public void A_closing_without_any_check_is_still_a_no()
    {
        var result = Call().Agent(85, "Okay, have a lovely evening, goodbye.").Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, ClosingItem));
    }

    [Fact]
    public void A_full_closing_check_is_a_yes_and_no_partial_phrase()
    {
        var result = Call().Agent(85, "Okay, does that solve your problem?").Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, ClosingItem));
    }

    [Theory]
    [InlineData("Someone from the team will contact you within 48, okay?")] // the unit lost
    [InlineData("Someone from the team will contact you within hurs.")] // the number lost, the unit misspelt
    [InlineData("Someone from the team will get an update to you 48 hours.")] // the lead lost
    [InlineData("You will have an answer from the team by")] // the time lost at the end of the turn
    [InlineData("I'll call you back within scanned, hour with an answer.")] // the number misheard
    [InlineData("You will have an answer from the team by. Thanks for waiting.")] // ... at the end of a sentence
    [InlineData("Someone from the team will contact you within 2 to")] // a range cut off at the end of the turn
    [InlineData("You'll hear back from us in delivered business.")] // "in [3->delivered] business [days]"
    [InlineData("I'll call you back an hour with an answer.")] // "[within] an hour" in a promise to get back
    [InlineData("You will hear from me the hour, I promise.")] // "[within] the hour"
    [InlineData("You will hear from me within the I promise.")] // "within the [hour]"
    public void A_promise_that_lost_a_part_leaves_the_timeline_item_to_a_person(string promise)
    {
        var result = Escalated(promise).Run();

        Assert.Empty(result.Analysis.Of(QaEventKind.Deadline));
        Assert.Contains(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.Deadline && e.Range.Start >= 60);
        Assert.Equal(RubricAnswer.NeedsHuman, LongComplaintTests.Item(result, TimelineItem));
    }

    [Theory]
    [InlineData("Someone from the team will look into it, please plug it in and keep the box.")]
    [InlineData("Someone from the team will look into it, have a day.")]
    [InlineData("Someone from the team will look into it, please stand by the phone.")] // "by" that ends nothing
    [InlineData("Someone from the team will look into it, keep the blender in working order.")]
    [InlineData("I'll get back to you by email with an answer.")] // a promise to get back, no time word
    [InlineData("Someone will contact you about the order from two weeks ago.")] // an elapsed time
    [InlineData("Our opening hours are on the website. Someone will contact you.")] // the time word in another clause
    public void An_escalation_without_any_time_frame_is_still_a_no(string escalation)
    {
        var result = Escalated(escalation).Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.Deadline);
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, TimelineItem));
    }

    [Fact]
    public void A_statement_giving_the_customers_words_back_unconfirmed_is_not_attention()
    {
        // The agent may be explaining ("right, the coffee grinder makes a loud grinding noise when the blades are
        // worn"): without the customer's "yes, exactly" a missing restatement stays a No.
        var result = Some.Call(100)
            .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
            .Customer(6, "Hi, my coffee grinder makes a loud grinding noise.")
            .Agent(12, "Right, the coffee grinder makes a loud grinding noise.")
            .Run();

        Assert.DoesNotContain(result.Analysis.Events, e => e.Kind == QaEventKind.Attention);
        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.Attention);
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, NeedItem));
    }

    [Fact]
    public void The_greeting_of_a_short_call_is_no_closing_check()
    {
        // Forty seconds: the closing window (the last minute) holds the whole call, greeting included.
        var result = Some.Call(40)
            .Agent(1, "Thank you for calling Zentro Direct support, this is Lucas, how can I help you today?")
            .Customer(7, "Hi, I just wanted to know if my order has shipped.")
            .Agent(14, "Yes, it left our warehouse this morning.")
            .Customer(18, "Great, that's all I needed, thanks.")
            .Run();

        Assert.DoesNotContain(result.Analysis.PartialPhrases, e => e.Kind == QaEventKind.ClosingCheck);
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, ClosingItem));
    }

    [Fact]
    public void A_restating_statement_ending_in_a_tag_question_cut_off_is_attention()
    {
        // "..., ist das [richtig?]": the tag question lost its last word and its mark, the restatement is still asked.
        var result = Some.Call(100, "de")
            .Agent(1, "Herzlich willkommen beim Service, Stefan am Apparat, wie kann ich Ihnen helfen?")
            .Customer(6, "Der Kopfhörer schaltet sich ständig von selbst aus.")
            .Agent(12, "Damit ich verstehe, der Kopfhörer schaltet sich ständig von selbst aus, ist das")
            .Run();

        Assert.Contains(result.Analysis.Events, e => e.Kind == QaEventKind.Attention && e.Range.Start >= 12);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, NeedItem));
    }

    // Unresolved: the customer accepts to wait, so the timeline item counts.
    private static CallBuilder Escalated(string promise) => Some.Call(100)
        .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
        .Customer(6, "Hi, my blender will not charge at all.")
        .Agent(20, "I need to pass this to our technical team.")
        .Agent(62, promise)
        .Customer(70, "Alright, I'll wait to hear from you.");
}
