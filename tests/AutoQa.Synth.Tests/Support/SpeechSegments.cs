namespace AutoQa.Synth.Tests.Support;

/// <summary>
/// Finds one party's utterances in decoded audio by energy alone: 10 ms frames above a level, joined across
/// pauses up to 0.6 s (the shared definition of an utterance). Independent of how the generator placed them.
/// </summary>
internal static class SpeechSegments
{
    private const int Frame = 160;

    public static List<(double Start, double End)> Find(float[] samples, double thresholdDbfs = -45, double maxPause = 0.6)
    {
        var segments = new List<(double Start, double End)>();
        double? start = null;
        var lastActive = 0.0;
        for (var offset = 0; offset + Frame <= samples.Length; offset += Frame)
        {
            if (Levels.Db(Levels.Power(samples, offset, offset + Frame)) < thresholdDbfs)
            {
                continue;
            }

            var time = (double)offset / Levels.Rate;
            if (start is not null && time - lastActive > maxPause)
            {
                segments.Add((start.Value, lastActive));
                start = null;
            }

            start ??= time;
            lastActive = time + ((double)Frame / Levels.Rate);
        }

        if (start is not null)
        {
            segments.Add((start.Value, lastActive));
        }

        return segments;
    }
}
