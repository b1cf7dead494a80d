using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Detectors;

public sealed class RestatementTests
{
    // The customer names the product in one sentence and the fault in the next; no attention phrase leads the
    // agent's question in (recognition lost "just to confirm I have this right").
    private static CallBuilder Described() => Some.Call(120)
        .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
        .Customer(6, "Hi, I bought a coffee grinder from you last month.")
        .Customer(10, "It makes a loud grinding noise every morning.");

    [Fact]
    public void A_question_giving_the_customers_words_back_is_attention()
    {
        var result = Described().Agent(15, "the coffee grinder makes a loud grinding noise?").Run();

        var attention = Assert.Single(result.Analysis.Of(QaEventKind.Attention));
        Assert.InRange(attention.Range.Start, 15, 16);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, "process.need-captured"));
    }

    [Fact]
    public void A_restating_question_with_spelling_slips_is_attention() =>
        Assert.Single(Described().Agent(15, "the cofee grinder maks a loud grindng noise?").Analyze().Of(QaEventKind.Attention));

    [Theory]
    [InlineData("the coffee grinder makes a loud grinding noise.")] // a statement, not a check
    [InlineData("the grinder makes noise?")] // one word short: heard in part at most
    [InlineData("Does the coffee grinder work at all?")] // two of the customer's words
    public void A_statement_or_a_question_sharing_few_words_is_not(string text) =>
        Assert.Empty(Described().Agent(15, text).Analyze().Of(QaEventKind.Attention));

    [Fact]
    public void A_spanish_question_that_lost_its_closing_mark_is_still_a_question()
    {
        var analysis = Some.Call(120, "es")
            .Customer(6, "Hola, compré una aspiradora robot y llegó con una grieta en la tapa.")
            .Agent(15, "Solo para, ¿la aspiradora robot llegó con una grieta")
            .Analyze();

        Assert.Single(analysis.Of(QaEventKind.Attention));
    }

    [Fact]
    public void A_statement_the_customer_confirms_is_attention()
    {
        var result = Described().Agent(15, "So the coffee grinder makes a loud grinding noise.").Customer(18, "Yes, exactly that.").Run();

        var attention = Assert.Single(result.Analysis.Of(QaEventKind.Attention));
        Assert.EndsWith("customer: Yes, exactly that.", attention.Quote, StringComparison.Ordinal);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, "process.need-captured"));
    }

    [Fact]
    public void Words_from_before_the_agent_took_the_floor_do_not_add_up_with_later_ones()
    {
        var analysis = Some.Call(120)
            .Customer(1, "My coffee grinder stopped.")
            .Agent(4, "I am sorry to hear that, let me look at your order right away.")
            .Customer(9, "It makes noise.")
            .Agent(12, "So the coffee grinder makes noise?")
            .Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Attention));
    }

    [Fact]
    public void A_closing_check_sharing_the_customers_words_is_not_a_restatement()
    {
        var analysis = Some.Call(90, "fr")
            .Agent(1, "Merci d'avoir appelé le service client, je m'appelle Chloé.")
            .Customer(7, "J'ai acheté un aspirateur chez vous. C'est la troisième fois que j'appelle pour le même appareil, et à chaque fois on me dit autre chose.")
            .Agent(80, "Puis-je vous aider pour autre chose ?")
            .Analyze();

        Assert.Empty(analysis.Of(QaEventKind.Attention));
        Assert.Single(analysis.Of(QaEventKind.ClosingCheck));
    }

    [Fact]
    public void A_threshold_of_zero_turns_it_off()
    {
        var call = Described().Agent(15, "the coffee grinder makes a loud grinding noise?");
        var analyzer = CallAnalyzer.CreateDefault(new AnalysisOptions { RestatementMinWords = 0 });

        Assert.Empty(analyzer.Analyze(call.Build(), call.Metadata).Of(QaEventKind.Attention));
    }
}
