using AutoQa.Calls;

namespace AutoQa.Synth.Tests.Night;

public sealed class CallMetadataCsvTests
{
    [Fact]
    public void Metadata_round_trips_through_csv_with_quoted_fields_and_empty_values()
    {
        CallMetadata[] calls =
        [
            new("call-1", "recordings/call-1.wav", "agent-01", "returns, EU", "de", 1, new DateTimeOffset(2025, 3, 14, 21, 5, 0, TimeSpan.FromHours(1))),
            new("call-2", "recordings/call \"2\".mp3"),
        ];

        var text = CallMetadataCsv.Format(calls);
        var read = CallMetadataCsv.Parse(text, "metadata.csv");

        Assert.StartsWith("call_id,file,agent_id,team,language,agent_channel,start_time\n", text, StringComparison.Ordinal);
        Assert.Equal(calls, read);
    }

    [Theory]
    [InlineData("call_id;file;agent_id;team;language;agent_channel\nc1;a.wav;agent-1;\"returns; EU\";de;1\n")] // a spreadsheet where the comma is the decimal separator
    [InlineData("call_id\tfile\tagent_id\tteam\tlanguage\tagent_channel\r\nc1\ta.wav\tagent-1\treturns; EU\tde\t1\r\n")]
    [InlineData("call_id,file,agent_id,team,language,agent_channel\nc1,a.wav,agent-1,returns; EU,de,1\n")]
    public void A_file_separated_by_semicolons_or_tabs_reads_as_one_separated_by_commas(string text)
    {
        var call = Assert.Single(CallMetadataCsv.Parse(text, "metadata.csv"));

        Assert.Equal(new CallMetadata("c1", "a.wav", "agent-1", "returns; EU", "de", 1), call);
    }

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("pt_BR", "pt")]
    [InlineData("EN-us", "en")]
    [InlineData(" fr ", "fr")]
    public void A_language_tag_with_a_region_is_read_as_its_language(string tag, string language)
    {
        var call = Assert.Single(CallMetadataCsv.Parse($"call_id,language\nc1,{tag}\n", "metadata.csv"));

        Assert.Equal(language, call.Language);
    }

    [Theory]
    [InlineData("call_id,agent_channel\nc1,left\n", "metadata.csv:2: agent_channel 'left'")]
    [InlineData("call_id,start_time\nc1,tonight\n", "metadata.csv:2: start_time 'tonight'")]
    [InlineData("file,team\na.wav,x\n", "metadata.csv:1: the header has no 'call_id' column")]
    [InlineData("call_id,team\nc1,x\nc2\"oops\n", "metadata.csv:3: 1 fields")]
    [InlineData("call_id,team\nc1,\"never closed\n", "metadata.csv:2: a quoted field is not closed")]
    [InlineData("call_id,team\nc1,x,y\n", "metadata.csv:2: 3 fields, the header has 2")]
    [InlineData("call_id,language\nc1,German\n", "metadata.csv:2: language 'German' is not a language")]
    [InlineData("call_id,language\nc1,d\n", "metadata.csv:2: language 'd' is not a language")]
    public void A_malformed_file_is_rejected_naming_the_line_and_the_cause(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => CallMetadataCsv.Parse(text, "metadata.csv"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
