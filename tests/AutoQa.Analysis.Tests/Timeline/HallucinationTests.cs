using AutoQa.Analysis.Tests.Detectors;

namespace AutoQa.Analysis.Tests.Timeline;

/// <summary>Whisper's video outros, written over silence or hold music, are no one's speech; the same words in a sentence are (hold music: <see cref="SoundAnnotationTests"/>).</summary>
public sealed class HallucinationTests
{
    private static CallBuilder Call() => HoldTests.Call().Agent(12, "Could you hold for a moment?", end: 14);

    [Fact]
    public void An_outro_after_the_agent_s_words_is_no_part_of_the_utterance()
    {
        var analysis = Call().Agent(38, "Thank you for waiting, it is in stock. Thanks for watching!", end: 44).Analyze();

        Assert.Equal("Thank you for waiting, it is in stock.", analysis.Turns[^1].Text);
        Assert.True(analysis.Turns[^1].End < 44, $"the utterance ends at {analysis.Turns[^1].End}");
    }

    [Theory]
    [InlineData("Thanks for watching the parcel for me.")] // more words in the clause
    [InlineData("Thank you for watching over it, I'll hold.")]
    [InlineData("Subscribe to our newsletter for the tracking updates.")]
    [InlineData("No, no, no, that is not what I ordered.")] // words said over and over, and more
    [InlineData("Hello? Hello? Hello? Hello?")] // four of a single word
    [InlineData("Thank you. Thank you. Thank you.")] // three rounds
    public void The_same_words_in_a_longer_sentence_are_speech(string sentence)
    {
        var analysis = Some.Call(30).Customer(5, sentence).Analyze();

        Assert.Equal(sentence, Assert.Single(analysis.Turns).Text);
    }
}
