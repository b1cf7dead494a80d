using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>
/// Receives whisper.cpp's and ggml's log lines (by default they go to stderr, far too chatty for a batch run).
/// Warnings and errors are kept per thread so a failed load can quote them; everything is echoed to stderr only
/// when <c>AUTOQA_WHISPER_LOG=1</c>.
/// </summary>
internal static unsafe class NativeLog
{
    private const int ErrorLevel = 4;
    private const int ContinueLevel = 5;
    private const int Kept = 8;
    private static readonly bool Echo = Environment.GetEnvironmentVariable("AUTOQA_WHISPER_LOG") == "1";

    [ThreadStatic]
    private static Queue<string>? recentProblems;

    [ThreadStatic]
    private static bool lastWasProblem;

    public static void Install() => WhisperNative.whisper_log_set(&OnLog, IntPtr.Zero);

    /// <summary>Forgets what this thread logged so far (call before a native call whose failure you will report).</summary>
    public static void Clear() => recentProblems?.Clear();

    /// <summary>The warnings and errors whisper.cpp logged on this thread since <see cref="Clear"/>, one per line.</summary>
    public static string RecentProblems() =>
        recentProblems is { Count: > 0 } lines ? string.Join(Environment.NewLine, lines) : string.Empty;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnLog(int level, byte* text, IntPtr userData)
    {
        var line = Marshal.PtrToStringUTF8((IntPtr)text)?.TrimEnd() ?? string.Empty;
        if (Echo)
        {
            Console.Error.WriteLine(line);
        }

        // Warnings are level 3, errors 4; "continue" lines belong to whatever came before.
        var isProblem = level == ContinueLevel ? lastWasProblem : level is 3 or ErrorLevel;
        lastWasProblem = isProblem;
        if (!isProblem || line.Length == 0)
        {
            return;
        }

        var queue = recentProblems ??= new Queue<string>(Kept);
        if (queue.Count == Kept)
        {
            queue.Dequeue();
        }

        queue.Enqueue(line);
    }
}
