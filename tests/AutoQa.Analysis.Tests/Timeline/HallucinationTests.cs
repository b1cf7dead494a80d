using AutoQa.Analysis.Tests.Detectors;
using AutoQa.Events;

namespace AutoQa.Analysis.Tests.Timeline;

/// <summary>Whisper's video outros, written over silence or hold music, are no one's speech.</summary>
public sealed class HallucinationTests
{
    private static CallBuilder Call() => HoldTests.Call().Agent(12, "Could you hold for a moment?", end: 14);

    [Theory]
    [InlineData("Thanks for watching!")]
    [InlineData("Thank you for watching. Thank you for watching.")]
    [InlineData("Please subscribe to my channel.")]
    [InlineData("Subtitles by the Amara.org community")]
    [InlineData("[Music] Thanks for watching!")]
    [InlineData("Untertitel im Auftrag des ZDF.")] // in any language: Whisper writes them in German on an English call too
    [InlineData("Sous-titres réalisés par la communauté d'Amara.org")]
    [InlineData("¡Gracias por ver el video!")]
    public void An_outro_written_over_hold_music_leaves_the_hold(string outro)
    {
        var analysis = Call().Agent(24, outro, end: 27).Agent(38, "Thank you for waiting, it is in stock.").Analyze();

        var hold = Assert.Single(analysis.Of(QaEventKind.Hold));
        Assert.Equal(new TimeRange(14, 38), hold.Range);
        Assert.DoesNotContain(analysis.Turns, t => t.Text.Length == 0);
    }

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
    public void The_same_words_in_a_longer_sentence_are_speech(string sentence)
    {
        var analysis = Some.Call(30).Customer(5, sentence).Analyze();

        Assert.Equal(sentence, Assert.Single(analysis.Turns).Text);
    }
}
