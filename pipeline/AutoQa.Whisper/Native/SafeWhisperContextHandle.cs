using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>Owns a <c>whisper_context</c> (the loaded model); <c>whisper_free</c> releases it.</summary>
internal sealed class SafeWhisperContextHandle : SafeHandle
{
    public SafeWhisperContextHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        WhisperNative.whisper_free(handle);
        return true;
    }
}
