namespace AutoQa.Whisper.Native;

/// <summary>One worker's whisper state on a shared context: runs <c>whisper_full</c> and reads the results.</summary>
internal sealed class NativeState : IDisposable
{
    private readonly SafeWhisperContextHandle context;
    private readonly SafeWhisperStateHandle state;

    public NativeState(SafeWhisperContextHandle context, SafeWhisperStateHandle state)
    {
        this.context = context;
        this.state = state;
    }

    /// <summary>Runs the model; returns whisper.cpp's code (0 is success, also when stopped by cancellation).</summary>
    public int Run(WhisperFullParams parameters, string language, string? initialPrompt, ReadOnlySpan<float> samples, CancellationToken cancellationToken) =>
        WhisperFull.Run(context, state, parameters, language, initialPrompt, samples, cancellationToken);

    /// <summary>The language of the last run.</summary>
    public string? Language() => WhisperStateReader.Language(state);

    /// <summary>The segments of the last run.</summary>
    public NativeSegment[] Segments() => WhisperStateReader.Segments(context, state);

    public void Dispose() => state.Dispose();
}
