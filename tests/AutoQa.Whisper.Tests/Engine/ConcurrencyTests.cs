using AutoQa.Whisper.Tests.Support;

namespace AutoQa.Whisper.Tests.Engine;

public sealed class ConcurrencyTests(WhisperFixture whisper)
{
    [Fact]
    public async Task Recognizers_on_one_engine_transcribe_in_parallel_as_they_would_alone()
    {
        var samples = WhisperFixture.SpeechSamples(seconds: 3);
        var cancellationToken = TestContext.Current.CancellationToken;
        string Transcribe()
        {
            using var recognizer = whisper.Engine.CreateRecognizer(new WhisperRecognitionOptions { Threads = 1, TemperatureIncrement = 0 });
            return string.Join("|", recognizer.Transcribe(samples, cancellationToken: cancellationToken).Segments.Select(s => $"{s.Start}-{s.End}:{s.Text}"));
        }

        var alone = Transcribe();
        var together = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(Transcribe, cancellationToken)));

        Assert.NotEmpty(alone);
        Assert.All(together, result => Assert.Equal(alone, result));
    }

    [Fact]
    public async Task Using_one_recognizer_from_two_threads_at_once_is_refused()
    {
        var minute = TestWav.ReadMono16k(SharedAssets.Require("audio/silero-test-en-60s.wav"));
        using var recognizer = whisper.Engine.CreateRecognizer();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var first = Task.Run(() => recognizer.Transcribe(minute, cancellationToken: stop.Token), stop.Token);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        var second = Record.Exception(() => recognizer.Transcribe(minute, cancellationToken: TestContext.Current.CancellationToken));
        await stop.CancelAsync();

        Assert.IsType<InvalidOperationException>(second);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
    }
}
