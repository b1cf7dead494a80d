using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>Copies the results of the last <c>whisper_full_with_state</c> out of a state into managed memory.</summary>
internal static unsafe class WhisperStateReader
{
    /// <summary>The language whisper used (detected or forced), as an ISO 639-1 code.</summary>
    public static string? Language(SafeWhisperStateHandle state) =>
        Marshal.PtrToStringUTF8(WhisperNative.whisper_lang_str(WhisperNative.whisper_full_lang_id_from_state(state)));

    public static NativeSegment[] Segments(SafeWhisperContextHandle context, SafeWhisperStateHandle state)
    {
        var segments = new NativeSegment[WhisperNative.whisper_full_n_segments_from_state(state)];
        for (var s = 0; s < segments.Length; s++)
        {
            var tokens = new NativeToken[WhisperNative.whisper_full_n_tokens_from_state(state, s)];
            for (var t = 0; t < tokens.Length; t++)
            {
                var data = WhisperNative.whisper_full_get_token_data_from_state(state, s, t);
                var text = Bytes(WhisperNative.whisper_full_get_token_text_from_state(context, state, s, t));
                tokens[t] = new NativeToken(data.Id, text, data.P, data.T0, data.T1);
            }

            segments[s] = new NativeSegment(
                WhisperNative.whisper_full_get_segment_t0_from_state(state, s),
                WhisperNative.whisper_full_get_segment_t1_from_state(state, s),
                Marshal.PtrToStringUTF8((IntPtr)WhisperNative.whisper_full_get_segment_text_from_state(state, s)) ?? string.Empty,
                WhisperNative.whisper_full_get_segment_no_speech_prob_from_state(state, s),
                tokens);
        }

        return segments;
    }

    private static byte[] Bytes(byte* text) =>
        text is null ? [] : MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text).ToArray();
}
