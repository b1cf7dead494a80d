using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>Owns the <c>whisper_full_params</c> that <c>whisper_full_default_params_by_ref</c> allocates.</summary>
internal sealed class SafeWhisperParamsHandle : SafeHandle
{
    public SafeWhisperParamsHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>A copy of the defaults, to edit and pass by value.</summary>
    public unsafe WhisperFullParams Read() => *(WhisperFullParams*)handle;

    protected override bool ReleaseHandle()
    {
        WhisperNative.whisper_free_params(handle);
        return true;
    }
}
