namespace AutoQa.Audio.Decoding;

/// <summary>
/// Relays a caller's cancellation to one ffmpeg or ffprobe run through a token of the run's own. FFMpegCore stops
/// the process from inside the token's callback, and that throws when the process has just exited (no process, or a
/// broken pipe to its input); relayed here,
/// the race ends here instead of surfacing from the caller's <see cref="CancellationTokenSource.Cancel()"/> (a
/// night stopped with Ctrl+C, or a test stopping a night midway).
/// </summary>
internal sealed class FfmpegCancellation : IDisposable
{
    private readonly CancellationTokenSource _run = new();
    private readonly CancellationTokenRegistration _relay;

    /// <summary>Starts relaying <paramref name="caller"/>'s cancellation to <see cref="Token"/>.</summary>
    public FfmpegCancellation(CancellationToken caller)
    {
        _relay = caller.Register(StopRun);
    }

    /// <summary>The token to hand to FFMpegCore.</summary>
    public CancellationToken Token => _run.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        _relay.Dispose();
        _run.Dispose();
    }

    private void StopRun()
    {
        try
        {
            _run.Cancel();
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(e => e is InvalidOperationException or IOException))
        {
            // The process had exited, or was closing its input, before it could be stopped: nothing is left to stop.
        }
    }
}
