using AutoQa.Synth.Tests.Support;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Tests.Audio;

/// <summary>The truth's utterance times match the energy of the written, decoded audio on each channel.</summary>
public sealed class ChannelEnergyTests(SynthCorpus corpus)
{
    [Fact]
    public async Task Each_channel_has_speech_exactly_where_its_utterances_are_and_near_silence_elsewhere()
    {
        var call = await corpus.CallAsync(new CallSpec("energy", Scenarios.LongComplaintHeardOut, 21) { TargetSeconds = 60, AgentChannel = 1 });
        var channels = await DecodedAudio.ReadAsync(corpus.RecordingPath(call), 2);

        foreach (var channel in new[] { 0, 1 })
        {
            var samples = channels[channel];
            var utterances = call.Truth.Utterances.Where(u => u.Channel == channel).ToList();
            Assert.NotEmpty(utterances);
            foreach (var u in utterances)
            {
                Assert.True(Levels.PeakWindowDb(samples, Levels.Sample(u.Start), Levels.Sample(u.Start) + 480) > -50, $"no speech in the first 30 ms of '{u.Text}' at {u.Start}");
                Assert.True(Levels.PeakWindowDb(samples, Levels.Sample(u.End) - 480, Levels.Sample(u.End)) > -50, $"no speech in the last 30 ms of '{u.Text}' ending {u.End}");
            }

            var silences = utterances.Prepend(null).Zip(utterances.Append(null), (before, after) =>
                (From: (before?.End ?? 0) + 0.01, To: (after?.Start ?? call.Truth.DurationSeconds) - 0.01));
            foreach (var (from, to) in silences.Where(s => s.To > s.From))
            {
                Assert.True(Levels.PeakWindowDb(samples, Levels.Sample(from), Levels.Sample(to)) < -60, $"channel {channel} is not quiet between {from:0.000} and {to:0.000}");
            }
        }
    }

    [Fact]
    public async Task Speech_found_by_energy_alone_gives_the_same_utterances_as_the_truth()
    {
        var call = await corpus.CallAsync(new CallSpec("segments", Scenarios.GoodCall, 22) { TargetSeconds = 60 });
        var channels = await DecodedAudio.ReadAsync(corpus.RecordingPath(call), 2);

        foreach (var channel in new[] { 0, 1 })
        {
            var found = SpeechSegments.Find(channels[channel]);
            var declared = call.Truth.Utterances.Where(u => u.Channel == channel).ToList();
            Assert.Equal(declared.Count, found.Count);
            foreach (var (utterance, segment) in declared.Zip(found))
            {
                Assert.InRange(segment.Start - utterance.Start, -0.03, 0.03);
                Assert.InRange(segment.End - utterance.End, -0.03, 0.03);
            }
        }

        Assert.Equal(Speaker.Agent, call.Transcript.Channels[call.Truth.AgentChannel].Speaker);
    }
}
