using AutoQa.Synth.Output;
using AutoQa.Synth.Tests.Support;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Tests.Audio;

/// <summary>The telephone formats are what they claim to be and decode back to the call.</summary>
public sealed class FormatTests(SynthCorpus corpus)
{
    [Fact]
    public async Task The_ulaw_format_is_8kHz_mu_law_in_two_channels()
    {
        var call = await FormatAsync(RecordingFormats.Ulaw8k);

        Assert.Equal(("pcm_mulaw", 8000, 2), await DecodedAudio.ProbeAsync(corpus.RecordingPath(call)));
        Assert.EndsWith(".wav", call.Metadata.File, StringComparison.Ordinal);
        Assert.Contains(call.Truth.Conditions, c => c.Kind == RecordingFormats.Ulaw8k);
    }

    [Fact]
    public async Task The_low_bitrate_mp3_decodes_to_the_call_length()
    {
        var call = await FormatAsync(RecordingFormats.Mp3LowBitrate);

        var (codec, _, channels) = await DecodedAudio.ProbeAsync(corpus.RecordingPath(call));
        var decoded = await DecodedAudio.ReadAsync(corpus.RecordingPath(call), 2);

        Assert.Equal(("mp3", 2), (codec, channels));
        Assert.InRange(decoded[0].Length / 16000.0, call.Truth.DurationSeconds - 0.1, call.Truth.DurationSeconds + 0.15);
        var speech = call.Truth.Utterances.First(u => u.Channel == 0);
        Assert.True(Levels.PeakWindowDb(decoded[0], Levels.Sample(speech.Start), Levels.Sample(speech.End)) > -35);
    }

    [Fact]
    public async Task The_mono_mixdown_has_one_channel_holding_both_parties()
    {
        var call = await FormatAsync(RecordingFormats.MonoMixdown);

        Assert.Equal(("pcm_s16le", 16000, 1), await DecodedAudio.ProbeAsync(corpus.RecordingPath(call)));
        var channel = Assert.Single(call.Transcript.Channels);
        Assert.Equal(Speaker.Unknown, channel.Speaker);
        Assert.Contains(channel.Segments, s => s.Speaker == Speaker.Agent);
        Assert.Contains(channel.Segments, s => s.Speaker == Speaker.Customer);
        Assert.All(call.Truth.Utterances, u => Assert.Equal(0, u.Channel));
    }

    private Task<SynthesizedCall> FormatAsync(string format) =>
        corpus.CallAsync(new CallSpec($"{format}-call", Scenarios.GoodCallCalmCustomer, 41) { TargetSeconds = 40, Format = format });
}
