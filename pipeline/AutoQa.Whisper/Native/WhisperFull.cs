using System.Runtime.InteropServices;
using System.Text;

namespace AutoQa.Whisper.Native;

/// <summary>Builds <c>whisper_full_params</c> from AutoQa's options and runs <c>whisper_full_with_state</c>.</summary>
internal static unsafe class WhisperFull
{
    /// <summary>whisper.cpp's defaults for the strategy, edited with <paramref name="options"/> (strings and callbacks are set per call).</summary>
    public static WhisperFullParams CreateParams(WhisperRecognitionOptions options)
    {
        var beam = options.Strategy == WhisperSamplingStrategy.BeamSearch;
        WhisperFullParams parameters;
        using (var defaults = WhisperNative.whisper_full_default_params_by_ref(beam ? 1 : 0))
        {
            parameters = defaults.Read();
        }

        parameters.NThreads = options.Threads;
        parameters.PrintProgress = 0;
        parameters.PrintRealtime = 0;
        parameters.PrintTimestamps = 0;
        parameters.PrintSpecial = 0;
        parameters.TokenTimestamps = ToByte(options.TokenTimestamps);
        parameters.SuppressBlank = ToByte(options.SuppressBlank);
        parameters.SuppressNst = ToByte(options.SuppressNonSpeechTokens);
        parameters.Temperature = options.Temperature;
        parameters.TemperatureInc = options.TemperatureIncrement;
        parameters.EntropyThold = options.EntropyThreshold;
        parameters.LogprobThold = options.LogProbabilityThreshold;
        parameters.NoSpeechThold = options.NoSpeechThreshold;
        parameters.GreedyBestOf = options.BestOf;
        parameters.BeamSearchBeamSize = options.BeamSize;
        return parameters;
    }

    /// <summary>Runs the whole model on <paramref name="samples"/>; returns whisper.cpp's code (0 is success).</summary>
    public static int Run(
        SafeWhisperContextHandle context,
        SafeWhisperStateHandle state,
        WhisperFullParams parameters,
        string language,
        string? initialPrompt,
        ReadOnlySpan<float> samples,
        CancellationToken cancellationToken)
    {
        var languageUtf8 = NullTerminated(language);
        var promptUtf8 = initialPrompt is null ? null : NullTerminated(initialPrompt);
        var token = cancellationToken.CanBeCanceled ? GCHandle.Alloc(cancellationToken) : default;
        try
        {
            fixed (byte* languagePointer = languageUtf8)
            fixed (byte* promptPointer = promptUtf8)
            fixed (float* samplePointer = samples)
            {
                parameters.Language = languagePointer;
                parameters.InitialPrompt = promptPointer;
                if (token.IsAllocated)
                {
                    parameters.AbortCallback = &AbortCallbacks.ShouldAbort;
                    parameters.AbortCallbackUserData = GCHandle.ToIntPtr(token);
                    parameters.EncoderBeginCallback = &AbortCallbacks.MayBeginEncoding;
                    parameters.EncoderBeginCallbackUserData = GCHandle.ToIntPtr(token);
                }

                return WhisperNative.whisper_full_with_state(context, state, parameters, samplePointer, samples.Length);
            }
        }
        finally
        {
            if (token.IsAllocated)
            {
                token.Free();
            }
        }
    }

    private static byte ToByte(bool value) => value ? (byte)1 : (byte)0;

    private static byte[] NullTerminated(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
