using AutoQa.Events;
using AutoQa.Synth.Tests.Support;

namespace AutoQa.Synth.Tests.Audio;

/// <summary>Overlapping speech in the audio, measured by energy, is exactly where the truth declares interruptions.</summary>
public sealed class InterruptionOverlapTests(SynthCorpus corpus)
{
    [Theory]
    [InlineData(Scenarios.AgentInterrupts, 1)]
    [InlineData(Scenarios.LongComplaintCutOff, 1)]
    [InlineData(Scenarios.LongComplaintHeardOut, 0)]
    [InlineData(Scenarios.GoodCall, 0)]
    public async Task Overlaps_over_the_thresholds_exist_exactly_where_interruptions_are_declared(string scenario, int expected)
    {
        var call = await corpus.CallAsync(scenario);
        var channels = await DecodedAudio.ReadAsync(corpus.RecordingPath(call), 2);

        var declared = call.Truth.Events.Where(e => e.Kind == QaEventKind.Interruption).ToList();
        var measured = MeasuredInterruptions(SpeechSegments.Find(channels[0]), SpeechSegments.Find(channels[1]));

        Assert.Equal(expected, declared.Count);
        Assert.Equal(declared.Count, measured.Count);
        foreach (var (truth, found) in declared.OrderBy(e => e.Range.Start).Zip(measured.Order()))
        {
            Assert.InRange(found - truth.Range.Start, -0.03, 0.03);
        }
    }

    /// <summary>Onsets of speech of 1 s or more that start while the other channel still has 1 s to run and overlap it by 0.5 s.</summary>
    private static List<double> MeasuredInterruptions(List<(double Start, double End)> first, List<(double Start, double End)> second)
    {
        static IEnumerable<double> Onsets(List<(double Start, double End)> onsets, List<(double Start, double End)> others) =>
            from onset in onsets
            where onset.End - onset.Start >= 1.0
            from other in others
            where other.Start < onset.Start && other.End - onset.Start >= 1.0 && Math.Min(onset.End, other.End) - onset.Start >= 0.5
            select onset.Start;

        return Onsets(first, second).Concat(Onsets(second, first)).ToList();
    }
}
