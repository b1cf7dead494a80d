using Microsoft.ML.OnnxRuntime;

namespace AutoQa.Audio.Vad;

/// <summary>
/// One pass of Silero over <see cref="BatchSize"/> independent streams: owns the recurrent state, the 64-sample
/// context and pinned input/output buffers, so each 512-sample step is one <c>Run</c> with no allocation.
/// The two state buffers swap roles every step (the output of one step is the input of the next).
/// </summary>
internal sealed class SileroStepper : IDisposable
{
    public const int ChunkSamples = 512;
    public const int ContextSamples = 64;
    private const int FrameSamples = ContextSamples + ChunkSamples;
    private const int StateSize = 128;

    private static readonly string[] InputNames = ["input", "state", "sr"];
    private static readonly string[] OutputNames = ["output", "stateN"];

    private readonly InferenceSession _session;
    private readonly float[] _input;
    private readonly float[] _probabilities;
    private readonly float[][] _states;
    private readonly OrtValue[] _values;
    private readonly OrtValue[][] _inputsByParity;
    private readonly OrtValue[][] _outputsByParity;
    private int _parity;

    public SileroStepper(InferenceSession session, int batchSize)
    {
        _session = session;
        BatchSize = batchSize;
        _input = new float[batchSize * FrameSamples];
        _probabilities = new float[batchSize];
        _states = [new float[2 * batchSize * StateSize], new float[2 * batchSize * StateSize]];
        long[] stateShape = [2, batchSize, StateSize];
        var input = OrtValue.CreateTensorValueFromMemory(_input, [batchSize, FrameSamples]);
        var stateA = OrtValue.CreateTensorValueFromMemory(_states[0], stateShape);
        var stateB = OrtValue.CreateTensorValueFromMemory(_states[1], stateShape);
        var rate = OrtValue.CreateTensorValueFromMemory(new long[] { 16_000 }, []);
        var output = OrtValue.CreateTensorValueFromMemory(_probabilities, [batchSize, 1]);
        _values = [input, stateA, stateB, rate, output];
        _inputsByParity = [[input, stateA, rate], [input, stateB, rate]];
        _outputsByParity = [[output, stateB], [output, stateA]];
    }

    public int BatchSize { get; }

    /// <summary>The new samples of stream <paramref name="stream"/> for the next step (zero-filled when shorter than a chunk).</summary>
    public void SetChunk(int stream, ReadOnlySpan<float> samples)
    {
        var frame = _input.AsSpan(stream * FrameSamples, FrameSamples);

        // The context is the tail of the previous frame: Silero v5+ expects those 64 samples in front of each chunk.
        frame[ChunkSamples..].CopyTo(frame[..ContextSamples]);
        var chunk = frame[ContextSamples..];
        samples.CopyTo(chunk);
        chunk[samples.Length..].Clear();
    }

    /// <summary>
    /// Starts stream <paramref name="stream"/> afresh, as at the start of a signal: zero recurrent state, and
    /// <paramref name="context"/> (the samples just before its next chunk, at most 64) as the context.
    /// </summary>
    public void Restart(int stream, ReadOnlySpan<float> context)
    {
        var state = _states[_parity];
        for (var layer = 0; layer < 2; layer++)
        {
            state.AsSpan(((layer * BatchSize) + stream) * StateSize, StateSize).Clear();
        }

        var tail = _input.AsSpan((stream * FrameSamples) + ChunkSamples, ContextSamples);
        tail.Clear();
        context.CopyTo(tail[(ContextSamples - context.Length)..]);
    }

    /// <summary>Runs the model once on the chunks set; returns one speech probability per stream.</summary>
    public ReadOnlySpan<float> Step(RunOptions runOptions)
    {
        _session.Run(runOptions, InputNames, _inputsByParity[_parity], OutputNames, _outputsByParity[_parity]);
        _parity ^= 1;
        return _probabilities;
    }

    public void Dispose()
    {
        foreach (var value in _values)
        {
            value.Dispose();
        }
    }
}
