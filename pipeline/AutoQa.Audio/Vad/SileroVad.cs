using Microsoft.ML.OnnxRuntime;

namespace AutoQa.Audio.Vad;

/// <summary>
/// Voice activity detection with Silero VAD (v5/v6 ONNX) at 16 kHz. The model is loaded once and shared:
/// <see cref="Detect"/> and <see cref="DetectMany"/> are thread-safe, each call keeping its own recurrent state.
/// </summary>
public sealed class SileroVad : IDisposable
{
    /// <summary>The only sample rate the detector accepts, in Hz.</summary>
    public const int SampleRate = 16_000;

    private readonly InferenceSession _session;
    private readonly SileroVadOptions _options;

    /// <summary>Loads the model at <paramref name="modelPath"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="SileroVadException">The file is missing or ONNX Runtime cannot load it as Silero VAD.</exception>
    public SileroVad(string modelPath, SileroVadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        _options = (options ?? new SileroVadOptions()).Validate();
        if (!File.Exists(modelPath))
        {
            throw new SileroVadException(modelPath, "the file does not exist (run 'autoqa models pull' or set the model path).");
        }

        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = _options.IntraOpThreads,
            InterOpNumThreads = _options.InterOpThreads,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            _session = new InferenceSession(modelPath, sessionOptions);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new SileroVadException(modelPath, $"ONNX Runtime cannot load it ({ex.Message}).", ex);
        }

        if (!_session.InputMetadata.ContainsKey("state") || !_session.OutputMetadata.ContainsKey("stateN"))
        {
            _session.Dispose();
            throw new SileroVadException(modelPath, "it is not a Silero VAD v5/v6 model (expected inputs input/state/sr and outputs output/stateN).");
        }

        ModelPath = modelPath;
    }

    /// <summary>The model file loaded.</summary>
    public string ModelPath { get; }

    /// <summary>Finds the speech regions of one 16 kHz channel.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<SpeechRegion> Detect(ReadOnlySpan<float> samples16k, CancellationToken cancellationToken = default) =>
        DetectMany([samples16k.ToArray()], cancellationToken)[0];

    /// <summary>
    /// Finds the speech regions of several 16 kHz signals (the channels of a call, or channels of different calls)
    /// in one batched pass: one model run per 32 ms step covers every signal, which is faster than one
    /// <see cref="Detect"/> per signal. Long quiet stretches are skipped per signal (<see cref="SileroVadOptions.SkipBelowDbfs"/>),
    /// and the signals are stepped through the chunks each one needs, so a quiet stretch on one channel costs nothing
    /// while the other talks. Results are in the order of <paramref name="signals"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<IReadOnlyList<SpeechRegion>> DetectMany(IReadOnlyList<ReadOnlyMemory<float>> signals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.Count == 0)
        {
            return [];
        }

        using var stepper = new SileroStepper(_session, signals.Count);
        using var runOptions = new RunOptions();
        var probabilities = signals.Select(signal => new float[ChunkCount(signal.Length)]).ToArray();
        var toRun = signals.Select((signal, s) => QuietStretches.ChunksToRun(signal.Span, probabilities[s].Length, _options.SkipBelowDbfs)).ToArray();
        var steps = toRun.Max(chunks => chunks.Length);
        for (var step = 0; step < steps; step++)
        {
            if ((step & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var s = 0; s < signals.Count; s++)
            {
                // A signal out of chunks is fed silence; its probabilities are not read.
                var chunk = step < toRun[s].Length ? toRun[s][step] : probabilities[s].Length;
                if (step > 0 && step < toRun[s].Length && toRun[s][step - 1] != chunk - 1)
                {
                    var at = chunk * SileroStepper.ChunkSamples;
                    stepper.Restart(s, signals[s].Span[Math.Max(0, at - SileroStepper.ContextSamples)..at]);
                }

                stepper.SetChunk(s, Chunk(signals[s].Span, chunk));
            }

            var result = stepper.Step(runOptions);
            for (var s = 0; s < signals.Count; s++)
            {
                if (step < toRun[s].Length)
                {
                    probabilities[s][toRun[s][step]] = result[s];
                }
            }
        }

        return signals.Select((signal, s) => SpeechRegionBuilder.Build(probabilities[s], signal.Length, _options)).ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();

    private static int ChunkCount(int samples) => (samples + SileroStepper.ChunkSamples - 1) / SileroStepper.ChunkSamples;

    private static ReadOnlySpan<float> Chunk(ReadOnlySpan<float> samples, int index)
    {
        var start = Math.Min(samples.Length, index * SileroStepper.ChunkSamples);
        return samples.Slice(start, Math.Min(SileroStepper.ChunkSamples, samples.Length - start));
    }
}
