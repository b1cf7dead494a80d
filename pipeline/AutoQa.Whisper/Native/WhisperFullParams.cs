using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>
/// <c>struct whisper_full_params</c> of whisper.cpp 1.9.1, field for field (304 bytes on 64-bit; C <c>bool</c> is a byte).
/// Always start from <see cref="WhisperNative.whisper_full_default_params_by_ref"/> so fields we leave alone keep
/// whisper's defaults; a layout test pins the offsets the C compiler gives.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct WhisperFullParams
{
    public int Strategy;
    public int NThreads;
    public int NMaxTextCtx;
    public int OffsetMs;
    public int DurationMs;

    public byte Translate;
    public byte NoContext;
    public byte NoTimestamps;
    public byte SingleSegment;
    public byte PrintSpecial;
    public byte PrintProgress;
    public byte PrintRealtime;
    public byte PrintTimestamps;

    public byte TokenTimestamps;
    public float TholdPt;
    public float TholdPtsum;
    public int MaxLen;
    public byte SplitOnWord;
    public int MaxTokens;

    public byte DebugMode;
    public int AudioCtx;

    public byte TdrzEnable;

    public byte* SuppressRegex;

    public byte* InitialPrompt;
    public byte CarryInitialPrompt;
    public int* PromptTokens;
    public int PromptNTokens;

    public byte* Language;
    public byte DetectLanguage;

    public byte SuppressBlank;
    public byte SuppressNst;

    public float Temperature;
    public float MaxInitialTs;
    public float LengthPenalty;

    public float TemperatureInc;
    public float EntropyThold;
    public float LogprobThold;
    public float NoSpeechThold;

    public int GreedyBestOf;

    public int BeamSearchBeamSize;
    public float BeamSearchPatience;

    public IntPtr NewSegmentCallback;
    public IntPtr NewSegmentCallbackUserData;

    public IntPtr ProgressCallback;
    public IntPtr ProgressCallbackUserData;

    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, byte> EncoderBeginCallback;
    public IntPtr EncoderBeginCallbackUserData;

    public delegate* unmanaged[Cdecl]<IntPtr, byte> AbortCallback;
    public IntPtr AbortCallbackUserData;

    public IntPtr LogitsFilterCallback;
    public IntPtr LogitsFilterCallbackUserData;

    public IntPtr GrammarRules;
    public nuint NGrammarRules;
    public nuint IStartRule;
    public float GrammarPenalty;

    public byte Vad;
    public byte* VadModelPath;

    public WhisperVadParams VadParams;
}
