namespace AutoQa.Audio.Vad;

/// <summary>
/// Chooses which 512-sample chunks of a signal the model must see. Inside a long stretch of near-digital silence
/// (every chunk's RMS under <see cref="SileroVadOptions.SkipBelowDbfs"/>) the model is certain to say "no speech",
/// so only the stretch's first chunks (where the model's hangover after speech plays out) and last chunks (where it
/// warms up again before speech) are run; the chunks between are skipped with probability 0.
/// </summary>
internal static class QuietStretches
{
    /// <summary>Quiet chunks run at each end of a stretch before and after the skipped middle: 8 chunks, 256 ms.</summary>
    public const int EdgeChunks = 8;

    /// <summary>The indices of the chunks to run, ascending; every chunk when <paramref name="floorDbfs"/> is null.</summary>
    public static int[] ChunksToRun(ReadOnlySpan<float> samples, int chunkCount, double? floorDbfs)
    {
        if (floorDbfs is not { } floor)
        {
            return [.. Enumerable.Range(0, chunkCount)];
        }

        var maxSumOfSquares = SileroStepper.ChunkSamples * Math.Pow(10, floor / 10);
        var run = new List<int>(chunkCount);
        var quietFrom = -1;
        for (var i = 0; i <= chunkCount; i++)
        {
            if (i < chunkCount && IsQuiet(samples, i, maxSumOfSquares))
            {
                quietFrom = quietFrom < 0 ? i : quietFrom;
                continue;
            }

            if (quietFrom >= 0)
            {
                AddStretch(run, quietFrom, i);
                quietFrom = -1;
            }

            if (i < chunkCount)
            {
                run.Add(i);
            }
        }

        return [.. run];
    }

    private static void AddStretch(List<int> run, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (to - from <= 2 * EdgeChunks || i < from + EdgeChunks || i >= to - EdgeChunks)
            {
                run.Add(i);
            }
        }
    }

    // Sum of squares against the floor's, so no square root or logarithm per chunk.
    private static bool IsQuiet(ReadOnlySpan<float> samples, int chunk, double maxSumOfSquares)
    {
        var start = chunk * SileroStepper.ChunkSamples;
        var part = samples.Slice(start, Math.Min(SileroStepper.ChunkSamples, samples.Length - start));
        var sum = 0.0;
        foreach (var sample in part)
        {
            sum += sample * sample;
        }

        return sum <= maxSumOfSquares;
    }
}
