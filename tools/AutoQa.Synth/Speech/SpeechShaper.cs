using AutoQa.Synth.Catalog;

namespace AutoQa.Synth.Speech;

/// <summary>
/// Turns raw TTS output into an utterance whose truth times are exact: resampled to the call rate, levelled,
/// cut to its first and last speech frame, and with internal pauses shortened so that one utterance never holds
/// a pause long enough to split it (the shared definitions end an utterance at a pause over 0.6 s).
/// Speech is decided per 10 ms frame, so a voice's low-level preamble or breath is not taken for speech.
/// </summary>
internal static class SpeechShaper
{
    public static float[] Shape(float[] raw, int rawRate, SynthSettings settings)
    {
        var samples = Resampler.Resample(raw, rawRate, settings.SampleRate);
        var frame = settings.SampleRate / 100;
        var energies = FrameEnergies(samples, frame);
        if (energies.Length == 0 || energies.Max() <= 0)
        {
            return [];
        }

        var gain = Level(energies, settings.SpeechLevelDbfs);
        var gate = Math.Pow(DbToAmplitude(settings.SilenceThresholdDbfs) / gain, 2);
        var speech = energies.Select(e => e > gate).ToArray();
        var first = Array.IndexOf(speech, true);
        var last = Array.LastIndexOf(speech, true);
        var keptPause = (int)(settings.MaxInternalPauseSeconds * 100);
        var output = new List<float>(samples.Length);
        var quietRun = 0;
        for (var f = first; f <= last; f++)
        {
            quietRun = speech[f] ? 0 : quietRun + 1;
            if (quietRun <= keptPause)
            {
                for (var i = f * frame; i < (f + 1) * frame; i++)
                {
                    output.Add(Math.Clamp(samples[i] * gain, -0.98f, 0.98f));
                }
            }
        }

        return output.ToArray();
    }

    public static float DbToAmplitude(double dbfs) => (float)Math.Pow(10, dbfs / 20);

    /// <summary>The gain that brings the RMS over active frames (within 40 dB of the loudest) to <paramref name="levelDbfs"/>.</summary>
    private static float Level(double[] energies, double levelDbfs)
    {
        var floor = energies.Max() * 1e-4;
        var rms = Math.Sqrt(energies.Where(e => e > floor).Average());
        return (float)(DbToAmplitude(levelDbfs) / rms);
    }

    private static double[] FrameEnergies(float[] samples, int frameLength)
    {
        var energies = new double[samples.Length / frameLength];
        for (var f = 0; f < energies.Length; f++)
        {
            double sum = 0;
            for (var i = f * frameLength; i < (f + 1) * frameLength; i++)
            {
                sum += samples[i] * samples[i];
            }

            energies[f] = sum / frameLength;
        }

        return energies;
    }
}
