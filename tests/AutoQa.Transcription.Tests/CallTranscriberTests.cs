using AutoQa.Audio;
using AutoQa.Calls;
using AutoQa.Transcription.Evaluation;
using AutoQa.Transcripts;

namespace AutoQa.Transcription.Tests;

public sealed class CallTranscriberTests(StereoCallFixture call) : IClassFixture<StereoCallFixture>
{
    // espeak-ng's synthetic voices; measured 0.42 (agent) and 0.33 (customer) with PocketSphinx: the bound
    // catches swapped channels or lost speech, which score near 1.
    private const double WordErrorRateBound = 0.5;

    // A window is decoded without the speech around it, and PocketSphinx on a synthetic voice is fragile there
    // (0.42 to 0.58 measured across builds): the bound only rules out a decode unrelated to the words.
    private const double WindowedWordErrorRateBound = 0.7;

    [Fact]
    public void Each_channel_has_its_own_speaker_and_its_own_words()
    {
        var transcript = call.Transcript;

        Assert.Equal(2, transcript.Channels.Count);
        Assert.Equal("stereo-call", transcript.CallId);
        Assert.Equal("sphinx", transcript.Engine.Name);
        Assert.Equal(call.Audio.DurationSeconds, transcript.DurationSeconds);
        AssertChannel(transcript.Channels[0], 0, Speaker.Agent, StereoCallFixture.AgentText);
        AssertChannel(transcript.Channels[1], 1, Speaker.Customer, StereoCallFixture.CustomerText);
    }

    [Fact]
    public void Times_are_in_the_call_so_the_customer_speaks_after_the_agent()
    {
        var customer = call.Transcript.Channels[1];

        Assert.InRange(customer.Segments[0].Start, StereoCallFixture.CustomerStartSeconds - 0.3, StereoCallFixture.CustomerStartSeconds + 1);
        Assert.All(call.Transcript.Channels.SelectMany(c => c.Segments).SelectMany(s => s.Words), w => Assert.InRange(w.End, w.Start, call.Audio.DurationSeconds));
    }

    [Fact]
    public void Speech_windows_are_mapped_back_to_call_time()
    {
        var start = (int)((StereoCallFixture.CustomerStartSeconds - 1) * 16_000);
        var right = call.Audio.Channels[1];
        SpeechWindow[][] windows = [[], [new SpeechWindow(start, right.Length - start)]];
        using var transcriber = new CallTranscriber(call.Engine);

        var windowed = transcriber.Transcribe(call.Audio, new CallMetadata("windowed"), windows, TestContext.Current.CancellationToken);

        Assert.Empty(windowed.Channels[0].Segments);
        var whole = call.Transcript.Channels[1].Segments.SelectMany(s => s.Words).ToList();
        var mapped = windowed.Channels[1].Segments.SelectMany(s => s.Words).ToList();
        // The window is decoded on its own, so words may differ a little; where it starts must not.
        Assert.InRange(mapped[0].Start, whole[0].Start - 0.1, whole[0].Start + 0.1);
        Assert.InRange(mapped[^1].End, whole[^1].End - 0.1, whole[^1].End + 0.1);
        Assert.InRange(WordErrorRate.Measure(StereoCallFixture.CustomerText, string.Join(' ', mapped.Select(w => w.Text))).Rate, 0, WindowedWordErrorRateBound);
    }

    [Fact]
    public void The_agent_channel_from_metadata_decides_who_is_who_and_mono_is_unknown()
    {
        using var transcriber = new CallTranscriber(call.Engine);
        SpeechWindow[][] nothing = [[], []];
        var mono = call.Audio with { Channels = [call.Audio.Channels[0]] };

        var swapped = transcriber.Transcribe(call.Audio, new CallMetadata("swapped", AgentChannel: 1), nothing, TestContext.Current.CancellationToken);
        var single = transcriber.Transcribe(mono, new CallMetadata("mono", AgentChannel: 1), [[]], TestContext.Current.CancellationToken);

        Assert.Equal([Speaker.Customer, Speaker.Agent], swapped.Channels.Select(c => c.Speaker));
        Assert.Equal(Speaker.Unknown, Assert.Single(single.Channels).Speaker);
    }

    [Fact]
    public void An_agent_channel_the_recording_lacks_is_refused_naming_the_call()
    {
        using var transcriber = new CallTranscriber(call.Engine);

        var error = Assert.Throws<ArgumentException>(
            () => transcriber.Transcribe(call.Audio, new CallMetadata("call-7", AgentChannel: 2), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("call-7", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 channels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audio_that_is_not_16kHz_is_refused()
    {
        using var transcriber = new CallTranscriber(call.Engine);
        var audio = new PcmAudio("phone.wav", 8_000, [new float[8_000]]);

        var error = Assert.Throws<ArgumentException>(
            () => transcriber.Transcribe(audio, new CallMetadata("call-8"), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("phone.wav", error.Message, StringComparison.Ordinal);
    }

    private static void AssertChannel(ChannelTranscript channel, int index, Speaker speaker, string reference)
    {
        var hypothesis = string.Join(' ', channel.Segments.Select(s => s.Text));
        var wer = WordErrorRate.Measure(reference, hypothesis);
        TestContext.Current.SendDiagnosticMessage($"channel {index} ({speaker}): WER {wer.Rate:F3}, heard \"{hypothesis}\"");
        Assert.Equal(index, channel.Channel);
        Assert.Equal(speaker, channel.Speaker);
        Assert.Equal("en", channel.Language);
        Assert.All(channel.Segments, s => Assert.Equal((index, speaker), (s.Channel, s.Speaker)));
        Assert.InRange(wer.Rate, 0, WordErrorRateBound);
    }
}
