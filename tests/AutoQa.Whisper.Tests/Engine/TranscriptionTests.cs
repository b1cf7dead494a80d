using AutoQa.Whisper.Tests.Support;

namespace AutoQa.Whisper.Tests.Engine;

/// <summary>
/// What the binding returns for real speech. The test model has random weights, so the text is meaningless, but
/// segments, tokens, times and probabilities come from whisper.cpp's real decoding.
/// </summary>
public sealed class TranscriptionTests(WhisperFixture whisper)
{
    [Fact]
    public void Transcribing_speech_gives_segments_in_time_order_inside_the_audio()
    {
        var speech = whisper.Speech.Transcription.ToRecognizedSpeech();

        Assert.Equal("en", speech.Language);
        Assert.NotEmpty(speech.Segments);
        var previousStart = 0.0;
        foreach (var segment in speech.Segments)
        {
            Assert.InRange(segment.Start, previousStart, segment.End);
            Assert.InRange(segment.End, segment.Start, whisper.Speech.AudioSeconds);
            Assert.Equal(0, segment.Channel);
            previousStart = segment.Start;
        }
    }

    [Fact]
    public void Words_have_times_inside_their_segment_and_probabilities()
    {
        var segments = whisper.Speech.Transcription.Segments;

        var words = segments.SelectMany(s => s.Words.Select(w => (Segment: s, Word: w))).ToList();
        Assert.NotEmpty(words);
        foreach (var (segment, word) in words)
        {
            Assert.InRange(word.Start, segment.Start, segment.End);
            Assert.InRange(word.End, word.Start, segment.End);
            Assert.InRange(word.Probability, 0f, 1f);
            Assert.NotEmpty(word.Text);
            Assert.Equal(word.Text.Trim(), word.Text);
        }
    }

    [Fact]
    public void Special_tokens_are_kept_as_tokens_but_never_become_words()
    {
        var segments = whisper.Speech.Transcription.Segments;

        var tokens = segments.SelectMany(s => s.Tokens).ToList();
        Assert.Contains(tokens, t => t.IsSpecial && t.Text.StartsWith("[_", StringComparison.Ordinal));
        Assert.Contains(tokens, t => !t.IsSpecial);
        Assert.DoesNotContain(segments.SelectMany(s => s.Words), w => w.Text.Contains("[_", StringComparison.Ordinal));
        Assert.All(segments, s => Assert.Equal(Spaced(s.Text), Spaced(string.Join(' ', s.Words.Select(w => w.Text)))));
    }

    [Fact]
    public void Audio_shorter_than_100_ms_gives_no_segments()
    {
        using var recognizer = whisper.Engine.CreateRecognizer();

        var speech = recognizer.Recognize(new float[800], "en", TestContext.Current.CancellationToken);

        Assert.Empty(speech.Segments);
    }

    [Fact]
    public void An_english_only_model_reports_english_whatever_language_is_asked()
    {
        Assert.SkipWhen(whisper.Engine.IsMultilingual, "the test model is multilingual");
        using var recognizer = whisper.Engine.CreateRecognizer();

        var speech = recognizer.Recognize(WhisperFixture.SpeechSamples(seconds: 2), "de", TestContext.Current.CancellationToken);

        Assert.Equal("en", speech.Language);
    }

    private static string Spaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
