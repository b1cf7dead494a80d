using AutoQa.Synth.Catalog;
using AutoQa.Synth.Conditions;
using AutoQa.Synth.Dialogue;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Truth;

/// <summary>Lays each party's utterances onto its own track over the line's faint hiss.</summary>
internal static class CallMixer
{
    public static Dictionary<Speaker, float[]> Mix(IReadOnlyList<PlacedUtterance> utterances, double duration, SynthSettings settings, Random random)
    {
        var length = (int)Math.Ceiling(duration * settings.SampleRate);
        var floor = Math.Pow(10, settings.NoiseFloorDbfs / 20);
        var tracks = new Dictionary<Speaker, float[]>();
        foreach (var speaker in new[] { Speaker.Agent, Speaker.Customer })
        {
            var track = new float[length];
            var noise = new GaussianNoise(random);
            for (var i = 0; i < length; i++)
            {
                track[i] = (float)(floor * noise.Next());
            }

            foreach (var utterance in utterances.Where(u => u.Speaker == speaker))
            {
                var offset = (int)Math.Round(utterance.Start * settings.SampleRate);
                for (var i = 0; i < utterance.Samples.Length && offset + i < length; i++)
                {
                    track[offset + i] += utterance.Samples[i];
                }
            }

            tracks[speaker] = track;
        }

        return tracks;
    }
}
