using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>
/// The part of whisper.cpp 1.9.1's public C API (whisper.h) AutoQa uses. Only public entry points, so any build of
/// the same C API works, including Whisper.net.Runtime's native assets. The library name is resolved by
/// <see cref="WhisperLibrary"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Native names kept as in whisper.h.")]
internal static unsafe partial class WhisperNative
{
    public const string LibraryName = "whisper";

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr whisper_version();

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void whisper_log_set(delegate* unmanaged[Cdecl]<int, byte*, IntPtr, void> callback, IntPtr userData);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial WhisperContextParams whisper_context_default_params();

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial SafeWhisperContextHandle whisper_init_from_file_with_params_no_state(string pathModel, WhisperContextParams parameters);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void whisper_free(IntPtr context);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial SafeWhisperStateHandle whisper_init_state(SafeWhisperContextHandle context);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void whisper_free_state(IntPtr state);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial SafeWhisperParamsHandle whisper_full_default_params_by_ref(int strategy);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void whisper_free_params(IntPtr parameters);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int whisper_full_with_state(
        SafeWhisperContextHandle context,
        SafeWhisperStateHandle state,
        WhisperFullParams parameters,
        float* samples,
        int sampleCount);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int whisper_is_multilingual(SafeWhisperContextHandle context);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr whisper_model_type_readable(SafeWhisperContextHandle context);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int whisper_token_eot(SafeWhisperContextHandle context);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int whisper_lang_id(string language);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr whisper_lang_str(int id);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int whisper_full_lang_id_from_state(SafeWhisperStateHandle state);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int whisper_full_n_segments_from_state(SafeWhisperStateHandle state);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial long whisper_full_get_segment_t0_from_state(SafeWhisperStateHandle state, int segment);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial long whisper_full_get_segment_t1_from_state(SafeWhisperStateHandle state, int segment);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial byte* whisper_full_get_segment_text_from_state(SafeWhisperStateHandle state, int segment);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial float whisper_full_get_segment_no_speech_prob_from_state(SafeWhisperStateHandle state, int segment);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int whisper_full_n_tokens_from_state(SafeWhisperStateHandle state, int segment);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial byte* whisper_full_get_token_text_from_state(
        SafeWhisperContextHandle context,
        SafeWhisperStateHandle state,
        int segment,
        int token);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial WhisperTokenData whisper_full_get_token_data_from_state(SafeWhisperStateHandle state, int segment, int token);
}
