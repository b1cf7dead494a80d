namespace AutoQa.Batch;

/// <summary>The process exit codes of <c>autoqa run</c> (documented in the README's batch section).</summary>
public static class BatchExitCode
{
    /// <summary>Every call is done (processed now or skipped as already done).</summary>
    public const int AllDone = 0;

    /// <summary>Unexpected error: a model failed to load, the output folder is not writable.</summary>
    public const int Error = 1;

    /// <summary>Bad arguments: a missing input, an unknown option value.</summary>
    public const int BadArguments = 2;

    /// <summary>Some calls are done, some failed: see failures.jsonl.</summary>
    public const int PartialFailure = 3;

    /// <summary>No call is done: no recordings were found, or every one failed.</summary>
    public const int NothingProcessed = 4;

    /// <summary>Stopped by Ctrl+C; a rerun finishes the rest.</summary>
    public const int Cancelled = 130;
}
