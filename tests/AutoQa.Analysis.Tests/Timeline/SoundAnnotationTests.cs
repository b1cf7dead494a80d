using AutoQa.Analysis.Tests.Detectors;
using AutoQa.Events;

namespace AutoQa.Analysis.Tests.Timeline;

/// <summary>Sounds a recogniser wrote instead of words ("[Music]"), Whisper's video outros and its loops are no one's speech.</summary>
public sealed class SoundAnnotationTests
{
    private static CallBuilder Call() => HoldTests.Call().Agent(12, "Could you hold for a moment?", end: 14);

    [Theory]
    [InlineData("[Music]")]
    [InlineData("(upbeat music)")]
    [InlineData("♪ ♪")]
    [InlineData("♪ la la la ♪")]
    [InlineData("[BLANK_AUDIO]")]
    [InlineData("Thanks for watching!")] // Whisper's video outros (Hallucinations)
    [InlineData("Thank you for watching. Thank you for watching.")]
    [InlineData("Please subscribe to my channel.")]
    [InlineData("Subtitles by the Amara.org community")]
    [InlineData("[Music] Thanks for watching!")]
    [InlineData("Untertitel im Auftrag des ZDF.")] // in any language: Whisper writes them in German on an English call too
    [InlineData("Sous-titres réalisés par la communauté d'Amara.org")]
    [InlineData("¡Gracias por ver el video!")]
    [InlineData("Thank you. Thank you. Thank you. Thank you.")] // Whisper stuck in a loop over the music
    [InlineData("I'm sorry, I'm sorry, I'm sorry, I'm sorry, I'm")]
    [InlineData("you you you you you you you")]
    public void Hold_music_written_as_a_sound_an_outro_or_a_loop_leaves_the_hold(string sound)
    {
        var analysis = Call().Agent(15, sound, end: 37).Agent(38, "Thank you for waiting, it is in stock.").Analyze();

        var hold = Assert.Single(analysis.Of(QaEventKind.Hold));
        Assert.Equal(new TimeRange(14, 38), hold.Range);
        Assert.DoesNotContain(analysis.Turns, t => t.Text.Length == 0);
    }

    [Fact]
    public void A_sound_at_the_start_of_a_segment_is_no_part_of_the_utterance()
    {
        var analysis = Call().Agent(15, "[Music] [Music] [Music] Thank you for waiting, it is in stock.", end: 40).Analyze();

        var back = analysis.Turns.Single(t => t.Text.StartsWith("Thank you for waiting", StringComparison.Ordinal));
        Assert.Equal("Thank you for waiting, it is in stock.", back.Text);
        Assert.True(back.Start > 20, $"the utterance starts at {back.Start}");
        Assert.Single(analysis.Of(QaEventKind.Hold));
    }

    [Fact]
    public void Words_around_a_sound_are_the_speaker_s()
    {
        var analysis = Some.Call(30).Agent(1, "Thank you for calling Lumio support, (laughs) how can I help you today?").Analyze();

        Assert.Equal("Thank you for calling Lumio support, how can I help you today?", Assert.Single(analysis.Turns).Text);
        Assert.Single(analysis.Of(QaEventKind.Greeting));
    }
}
