using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary><c>struct whisper_vad_params</c> of whisper.cpp 1.9.1 (embedded in <see cref="WhisperFullParams"/>; AutoQa runs its own VAD).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WhisperVadParams
{
    public float Threshold;
    public int MinSpeechDurationMs;
    public int MinSilenceDurationMs;
    public float MaxSpeechDurationS;
    public int SpeechPadMs;
    public float SamplesOverlap;
}
