using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>A loaded whisper context (the model weights), shared by every <see cref="NativeState"/> made from it.</summary>
internal sealed class NativeModel : IDisposable
{
    private readonly SafeWhisperContextHandle context;
    private readonly Lock stateGate = new();

    private NativeModel(SafeWhisperContextHandle context)
    {
        this.context = context;
        IsMultilingual = WhisperNative.whisper_is_multilingual(context) != 0;
        EndOfTextToken = WhisperNative.whisper_token_eot(context);
        TypeName = Marshal.PtrToStringUTF8(WhisperNative.whisper_model_type_readable(context)) ?? "unknown";
    }

    public bool IsMultilingual { get; }

    /// <summary>The first special token id: every id from here on is a control or timestamp token.</summary>
    public int EndOfTextToken { get; }

    /// <summary>whisper's name for the model size ("tiny", "base", ...).</summary>
    public string TypeName { get; }

    /// <summary>The version string of the loaded library.</summary>
    public static string LibraryVersion => Marshal.PtrToStringUTF8(WhisperNative.whisper_version()) ?? "unknown";

    /// <summary>Loads a model file that already passed the file checks.</summary>
    /// <exception cref="WhisperException">whisper.cpp returned no context; the message quotes its log.</exception>
    public static NativeModel Load(string modelPath, WhisperEngineOptions options)
    {
        var parameters = WhisperNative.whisper_context_default_params();
        parameters.UseGpu = options.UseGpu ? (byte)1 : (byte)0;
        parameters.GpuDevice = options.GpuDevice;
        parameters.FlashAttn = options.FlashAttention ? (byte)1 : (byte)0;

        NativeLog.Clear();
        var handle = WhisperNative.whisper_init_from_file_with_params_no_state(modelPath, parameters);
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new WhisperException(
                WhisperErrorKind.ModelLoadFailed,
                $"whisper.cpp could not load the model {modelPath}. {NativeLog.RecentProblems()}".TrimEnd(),
                modelPath);
        }

        return new NativeModel(handle);
    }

    /// <summary>True when whisper knows the language code or name.</summary>
    public static bool IsKnownLanguage(string language) => WhisperNative.whisper_lang_id(language) >= 0;

    /// <summary>Allocates a worker state (buffers, KV cache, results) for this model.</summary>
    public NativeState CreateState(string modelPath)
    {
        SafeWhisperStateHandle state;
        lock (stateGate)
        {
            NativeLog.Clear();
            state = WhisperNative.whisper_init_state(context);
        }

        if (state.IsInvalid)
        {
            state.Dispose();
            throw new WhisperException(
                WhisperErrorKind.ModelLoadFailed,
                $"whisper.cpp could not allocate a state for {modelPath} (out of memory?). {NativeLog.RecentProblems()}".TrimEnd(),
                modelPath);
        }

        return new NativeState(context, state);
    }

    public void Dispose() => context.Dispose();
}
