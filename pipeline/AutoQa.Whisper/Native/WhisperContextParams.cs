using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary><c>struct whisper_context_params</c> of whisper.cpp 1.9.1 (48 bytes on 64-bit).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WhisperContextParams
{
    public byte UseGpu;
    public byte FlashAttn;
    public int GpuDevice;

    public byte DtwTokenTimestamps;
    public int DtwAheadsPreset;

    public int DtwNTop;
    public nuint DtwAheadsNHeads;
    public IntPtr DtwAheadsHeads;

    public nuint DtwMemSize;
}
