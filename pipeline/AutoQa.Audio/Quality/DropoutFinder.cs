namespace AutoQa.Audio.Quality;

/// <summary>
/// Finds dropouts: runs of (near-)digital silence inside speech that cut speech off abruptly. A run touching a
/// region's edge is the padding around speech; a run that speech fades into and out of (a pause, a stop
/// consonant, a noise gate) has quiet edges. Only a run with speech-level signal right before and after it counts.
/// </summary>
internal sealed class DropoutFinder(float silenceLevel, int minSamples, int maxSamples, int edgeSamples)
{
    public List<SampleSpan> Find(ReadOnlySpan<float> samples, SampleSpan[] speech, double minEdgePower)
    {
        var dropouts = new List<SampleSpan>();
        foreach (var span in speech)
        {
            var runStart = -1;
            for (var i = span.Start; i < span.End; i++)
            {
                var silent = Math.Abs(samples[i]) <= silenceLevel;
                if (silent && runStart < 0)
                {
                    runStart = i;
                }
                else if (!silent && runStart >= 0)
                {
                    var run = new SampleSpan(runStart, i);
                    if (runStart > span.Start && run.Length >= minSamples && run.Length <= maxSamples && HasSpeechEdges(samples, run, minEdgePower))
                    {
                        dropouts.Add(run);
                    }

                    runStart = -1;
                }
            }
        }

        return dropouts;
    }

    private bool HasSpeechEdges(ReadOnlySpan<float> samples, SampleSpan run, double minEdgePower)
    {
        var before = samples[Math.Max(0, run.Start - edgeSamples)..run.Start];
        var after = samples[run.End..Math.Min(samples.Length, run.End + edgeSamples)];
        return LevelMeter.Power(before) >= minEdgePower && LevelMeter.Power(after) >= minEdgePower;
    }
}
