using System.Net.Sockets;
using AutoQa.Audio.Decoding;
using AutoQa.Audio.Tests.Support;

namespace AutoQa.Audio.Tests.Decoding;

public sealed class FfmpegCancellationTests
{
    public static TheoryData<Exception> ExitRaces => new()
    {
        new InvalidOperationException("No process is associated with this object."),
        new IOException("Broken pipe", new SocketException(32)),
    };

    [Theory]
    [MemberData(nameof(ExitRaces))]
    public void A_process_that_exits_as_it_is_stopped_does_not_surface_from_the_caller_s_cancel(Exception race)
    {
        using var caller = new CancellationTokenSource();
        using var cancellation = new FfmpegCancellation(caller.Token);
        // What FFMpegCore's stop throws when ffmpeg has just exited, or is closing its input as it writes 'q' to it.
        cancellation.Token.Register(() => throw race);

        caller.Cancel();

        Assert.True(cancellation.Token.IsCancellationRequested);
    }

    [Fact]
    public void Any_other_failure_to_stop_the_run_is_not_hidden()
    {
        using var caller = new CancellationTokenSource();
        using var cancellation = new FfmpegCancellation(caller.Token);
        cancellation.Token.Register(() => throw new UnauthorizedAccessException("not allowed to stop it"));

        var error = Assert.Throws<AggregateException>(caller.Cancel);

        Assert.IsType<UnauthorizedAccessException>(Assert.Single(error.Flatten().InnerExceptions));
    }

    [Fact]
    public async Task Stopping_decodes_at_every_moment_of_their_run_ends_each_cancelled_or_decoded()
    {
        using var folder = new TempFolder();
        var path = Recordings.Tone(folder, "tone.flac", 16_000, 2, "-c:a", "flac");
        var decoder = new AudioDecoder();
        for (var delayMs = 0; delayMs < 60; delayMs += 3)
        {
            using var stop = new CancellationTokenSource();
            var decoding = decoder.DecodeAsync(path, stop.Token);
            await Task.Delay(delayMs, TestContext.Current.CancellationToken);

            stop.Cancel();

            var ended = await Record.ExceptionAsync(() => decoding);
            Assert.True(ended is null or OperationCanceledException, $"stopped after {delayMs} ms: {ended}");
        }
    }
}
