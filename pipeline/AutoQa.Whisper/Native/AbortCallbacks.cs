using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>
/// Callbacks whisper.cpp polls during <c>whisper_full</c>: ggml's abort callback between graph computations and the
/// encoder-begin callback before each 30 s window. Their user data is a <see cref="GCHandle"/> to the caller's
/// <see cref="CancellationToken"/>, so a cancelled token stops the native work promptly.
/// </summary>
internal static class AbortCallbacks
{
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static byte ShouldAbort(IntPtr userData) => IsCancelled(userData) ? (byte)1 : (byte)0;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static byte MayBeginEncoding(IntPtr context, IntPtr state, IntPtr userData) => IsCancelled(userData) ? (byte)0 : (byte)1;

    private static bool IsCancelled(IntPtr userData) =>
        GCHandle.FromIntPtr(userData).Target is CancellationToken token && token.IsCancellationRequested;
}
