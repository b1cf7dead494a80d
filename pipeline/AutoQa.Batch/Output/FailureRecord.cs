namespace AutoQa.Batch.Output;

/// <summary>A call that could not be processed: one line of failures.jsonl.</summary>
/// <param name="File">The recording's full path.</param>
/// <param name="CallId">The call's identity.</param>
/// <param name="Stage">The stage that failed ("hash", "decode", "signal", "transcribe", "analyse", "write").</param>
/// <param name="Reason">What went wrong, naming the cause.</param>
/// <param name="Error">The exception's type name, for bug reports.</param>
/// <param name="At">When it failed.</param>
public sealed record FailureRecord(string File, string CallId, string Stage, string Reason, string Error, DateTimeOffset At);
