using System.Diagnostics;
using AutoQa.Whisper.Tests.Support;

namespace AutoQa.Whisper.Tests.Engine;

[Collection(nameof(AloneCollection))]
public sealed class CancellationTests(WhisperFixture whisper)
{
    [Fact]
    public void Cancelling_a_long_transcription_stops_it_well_before_a_full_run()
    {
        // A full minute needs at least two 30 s windows; one window of speech is the yardstick.
        var oneWindow = whisper.Speech.Elapsed;
        var samples = TestWav.ReadMono16k(SharedAssets.Require("audio/silero-test-en-60s.wav"));
        using var recognizer = whisper.Engine.CreateRecognizer();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => recognizer.Transcribe(samples, cancellationToken: cancellation.Token));

        Assert.True(
            clock.Elapsed < oneWindow,
            $"cancelled after 200 ms, returned after {clock.Elapsed.TotalMilliseconds:F0} ms; one 30 s window alone takes {oneWindow.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void A_recognizer_works_again_after_a_cancelled_transcription()
    {
        var samples = WhisperFixture.SpeechSamples(seconds: 3);
        using var recognizer = whisper.Engine.CreateRecognizer();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));
        Assert.ThrowsAny<OperationCanceledException>(() => recognizer.Transcribe(samples, cancellationToken: cancellation.Token));

        var again = recognizer.Transcribe(samples, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(again.Segments);
    }

    [Fact]
    public void An_already_cancelled_token_throws_before_any_work()
    {
        using var recognizer = whisper.Engine.CreateRecognizer();

        Assert.Throws<OperationCanceledException>(() => recognizer.Recognize(new float[16_000], "en", new CancellationToken(canceled: true)));
    }
}
