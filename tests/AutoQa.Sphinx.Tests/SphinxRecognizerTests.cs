using AutoQa.Transcription.Evaluation;

namespace AutoQa.Sphinx.Tests;

public sealed class SphinxRecognizerTests(SphinxFixture fixture) : IClassFixture<SphinxFixture>
{
    // Debian's generic US-English model on a noisy 1961 broadcast: measured 0.41 without and 0.59 with the default noise floor (see
    // docs/transcription.md); the bound catches a broken binding, not a small model regression.
    private const double JfkWordErrorRateBound = 0.7;

    [Fact]
    public async Task Recognising_the_JFK_sample_comes_close_to_the_reference()
    {
        var (_, speech) = await fixture.JfkAsync();

        var hypothesis = string.Join(' ', speech.Segments.Select(s => s.Text));
        var wer = WordErrorRate.Measure(SphinxFixture.JfkReference, hypothesis);
        TestContext.Current.SendDiagnosticMessage($"PocketSphinx on jfk.wav: WER {wer.Rate:F3} ({wer}); heard \"{hypothesis}\"");
        Assert.Equal("en", speech.Language);
        Assert.InRange(wer.Rate, 0, JfkWordErrorRateBound);
    }

    [Fact]
    public async Task Words_are_ordered_inside_the_audio_with_confidences_between_0_and_1()
    {
        var (audio, speech) = await fixture.JfkAsync();

        var words = speech.Segments.SelectMany(s => s.Words).ToList();
        Assert.True(speech.Segments.Count >= 2, $"expected the pauses to cut several segments, got {speech.Segments.Count}");
        Assert.True(words.Count >= 10, $"expected most of the sentence, got {words.Count} words");
        Assert.All(words, word =>
        {
            Assert.InRange(word.Start, 0, word.End);
            Assert.InRange(word.End, word.Start, audio.DurationSeconds);
            Assert.InRange(word.Probability, 0f, 1f);
            Assert.Matches("^[a-z']+$", word.Text);
        });
        Assert.Equal(words.OrderBy(w => w.Start).ToList(), words);
        Assert.All(speech.Segments, segment =>
        {
            Assert.Equal(segment.Words[0].Start, segment.Start);
            Assert.Equal(segment.Words[^1].End, segment.End);
            Assert.Equal(string.Join(' ', segment.Words.Select(w => w.Text)), segment.Text);
        });
    }

    [Fact]
    public void Asking_for_german_fails_with_a_message_pointing_to_whisper()
    {
        using var recognizer = fixture.Engine.CreateRecognizer();

        var error = Assert.Throws<SphinxException>(() => recognizer.Recognize(new float[16_000], "de", TestContext.Current.CancellationToken));

        Assert.Contains("'de'", error.Message, StringComparison.Ordinal);
        Assert.Contains("US-English", error.Message, StringComparison.Ordinal);
        Assert.Contains("Whisper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Silence_gives_no_segments()
    {
        using var recognizer = fixture.Engine.CreateRecognizer();

        var speech = recognizer.Recognize(new float[5 * 16_000], null, TestContext.Current.CancellationToken);

        Assert.Empty(speech.Segments);
    }

    [Fact]
    public async Task Recognizers_on_parallel_threads_hear_the_same_words()
    {
        var audio = await SphinxFixture.DecodeSharedAsync("audio/jfk.wav");
        // The second half of the sample keeps the test short on a 2-core machine.
        var samples = audio.Channels[0][(audio.Channels[0].Length / 2)..];

        var texts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(
            () =>
            {
                using var recognizer = fixture.Engine.CreateRecognizer();
                var speech = recognizer.Recognize(samples, "en", TestContext.Current.CancellationToken);
                return string.Join(' ', speech.Segments.Select(s => s.Text));
            },
            TestContext.Current.CancellationToken)));

        Assert.NotEmpty(texts[0]);
        Assert.Equal(texts[0], texts[1]);
    }

    [Fact]
    public async Task A_cancelled_token_stops_recognition()
    {
        var audio = await SphinxFixture.DecodeSharedAsync("audio/jfk.wav");
        using var recognizer = fixture.Engine.CreateRecognizer();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.Throws<OperationCanceledException>(() => recognizer.Recognize(audio.Channels[0], null, cancelled.Token));
    }
}
