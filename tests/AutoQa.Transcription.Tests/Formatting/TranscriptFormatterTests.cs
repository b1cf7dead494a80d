using System.Text.Json;
using AutoQa.Json;
using AutoQa.Transcription.Formatting;
using AutoQa.Transcripts;

namespace AutoQa.Transcription.Tests.Formatting;

public sealed class TranscriptFormatterTests
{
    private static readonly CallTranscript Call = new(
        "call-1",
        75.5,
        new TranscriptEngine("sphinx", "pocketsphinx-en-us", "No Whisper model; using PocketSphinx (US English)."),
        [
            new ChannelTranscript(0, Speaker.Agent, "en", [Segment(0, Speaker.Agent, 0.25, 1.5, "thank you for calling")]),
            new ChannelTranscript(1, Speaker.Customer, "en", [Segment(1, Speaker.Customer, 61.0, 62.125, "my order is late")]),
        ]);

    [Fact]
    public void Text_has_one_line_per_segment_in_time_order_with_speaker_and_channel()
    {
        var text = TranscriptFormatter.Format(Call, TranscriptFormat.Text);

        Assert.Equal(
            "[00:00:00.250 - 00:00:01.500] agent (channel 0): thank you for calling\n"
            + "[00:01:01.000 - 00:01:02.125] customer (channel 1): my order is late\n",
            text);
    }

    [Fact]
    public void Srt_numbers_cues_with_comma_milliseconds_and_speaker_prefixes()
    {
        var srt = TranscriptFormatter.Format(Call, TranscriptFormat.Srt);

        Assert.Equal(
            "1\n00:00:00,250 --> 00:00:01,500\nagent: thank you for calling\n\n"
            + "2\n00:01:01,000 --> 00:01:02,125\ncustomer: my order is late\n\n",
            srt);
    }

    [Fact]
    public void Json_carries_words_probabilities_language_engine_note_and_reads_back()
    {
        var json = TranscriptFormatter.Format(Call, TranscriptFormat.Json);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(CallTranscript.SchemaId, root.GetProperty("schema").GetString());
        Assert.Equal("sphinx", root.GetProperty("engine").GetProperty("name").GetString());
        Assert.StartsWith("No Whisper model", root.GetProperty("engine").GetProperty("note").GetString(), StringComparison.Ordinal);
        var channel = root.GetProperty("channels")[1];
        Assert.Equal("customer", channel.GetProperty("speaker").GetString());
        Assert.Equal("en", channel.GetProperty("language").GetString());
        var word = channel.GetProperty("segments")[0].GetProperty("words")[0];
        Assert.Equal("my", word.GetProperty("text").GetString());
        Assert.Equal(0.5f, word.GetProperty("probability").GetSingle());
        var read = JsonSerializer.Deserialize<CallTranscript>(json, AutoQaJson.Options)!;
        Assert.Equal(Call.Channels[1].Segments[0].Words, read.Channels[1].Segments[0].Words);
    }

    private static TranscriptSegment Segment(int channel, Speaker speaker, double start, double end, string text)
    {
        var words = text.Split(' ');
        var step = (end - start) / words.Length;
        return new TranscriptSegment(
            channel, speaker, start, end, text,
            words.Select((word, i) => new TranscriptWord(start + (i * step), start + ((i + 1) * step), word, 0.5f)).ToList());
    }
}
