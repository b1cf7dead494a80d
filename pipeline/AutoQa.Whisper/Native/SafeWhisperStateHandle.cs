using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>Owns a <c>whisper_state</c> (one worker's buffers and results); <c>whisper_free_state</c> releases it.</summary>
internal sealed class SafeWhisperStateHandle : SafeHandle
{
    public SafeWhisperStateHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        WhisperNative.whisper_free_state(handle);
        return true;
    }
}
