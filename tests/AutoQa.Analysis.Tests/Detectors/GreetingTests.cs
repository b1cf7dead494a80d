using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Detectors;

public sealed class GreetingTests
{
    [Fact]
    public void A_greeting_in_the_first_seconds_of_agent_speech_is_found()
    {
        var result = Some.Call().Agent(2, "Thank you for calling Nova Home support, this is Mark, how can I help you today?").Run();

        var greeting = Assert.Single(result.Analysis.Of(QaEventKind.Greeting));
        Assert.Contains("Nova Home", greeting.Quote, StringComparison.Ordinal);
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, DefaultRubricItems.Greeting));
    }

    [Fact]
    public void A_greeting_after_the_window_is_a_late_greeting_answered_no()
    {
        var result = Some.Call()
            .Agent(1, "Hello? Sorry, one second.")
            .Agent(5, "Just a moment, my screen is frozen.")
            .Agent(14, "Thank you for calling Nova Home support, this is Mark, how can I help you today?")
            .Run();

        Assert.Empty(result.Analysis.Of(QaEventKind.Greeting));
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, DefaultRubricItems.Greeting));
    }

    [Theory]
    [InlineData("Thanks for calling Nova Home support, this is Mark.")]
    [InlineData("Hello, my name is Mark, how can I help you today?")]
    [InlineData("Nova Home customer care, good morning.")]
    public void A_greeting_heard_in_part_still_counts(string opening)
    {
        var result = Some.Call().Agent(2, opening).Run();

        Assert.Single(result.Analysis.Of(QaEventKind.Greeting));
        Assert.Equal(RubricAnswer.Yes, LongComplaintTests.Item(result, DefaultRubricItems.Greeting));
    }

    [Fact]
    public void An_opening_without_brand_or_offer_to_help_is_no_greeting()
    {
        var result = Some.Call().Agent(1, "Yeah, hello.").Customer(3, "Hi, I'm calling about my order of a blender.").Run();

        Assert.Empty(result.Analysis.Of(QaEventKind.Greeting));
        Assert.Equal(RubricAnswer.No, LongComplaintTests.Item(result, DefaultRubricItems.Greeting));
    }
}
