using AutoQa.Batch.Output;

namespace AutoQa.Batch.Tests.Output;

public sealed class StoredTranscriptTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_transcript_without_a_schema_is_read_as_one_and_carries_no_metadata()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.transcript.json"), """{ "callId": "c-1", "durationSeconds": 9, "engine": { "name": "other", "model": "m" }, "channels": [] }""", Token);

        var stored = await StoredTranscript.ReadAsync(folder.File("a.transcript.json"), Token);

        Assert.Equal(("c-1", "other"), (stored.Transcript.CallId, stored.Transcript.Engine.Name));
        Assert.Null(stored.Metadata);
    }

    [Fact]
    public async Task What_another_engine_leaves_out_is_read_as_none()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.transcript.json"), """
            { "callId": "c-1", "durationSeconds": 9, "engine": { "name": "other", "model": "m" },
              "channels": [{ "channel": 0, "speaker": "agent" }, { "channel": 1, "speaker": "customer", "segments": [{ "start": 1, "end": 2, "text": "hello there" }] }] }
            """, Token);

        var transcript = (await StoredTranscript.ReadAsync(folder.File("a.transcript.json"), Token)).Transcript;

        Assert.Empty(transcript.Channels[0].Segments);
        Assert.Equal(("hello there", 0), (transcript.Channels[1].Segments[0].Text, transcript.Channels[1].Segments[0].Words.Count));
    }

    [Theory]
    [InlineData("""{ "schema": "autoqa.transcript/1", "callId": "c-1", "durationSeconds": 9 }""", "the transcript has no channels")]
    [InlineData("""{ "schema": "autoqa.call/1", "callId": "c-1", "metadata": { "callId": "c-1" } }""", "no CallTranscript")]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    [InlineData("""{ "callId": "c-1", "channels": [{ "channel": 0, "segments": [null] }] }""", "the transcript has nothing at channels[0].segments[0]")]
    [InlineData("""{ "callId": "c-1", "channels": [{ "channel": 0, "segments": [{ "start": 1, "end": 2, "words": [null] }] }] }""", "has nothing at channels[0].segments[0].words[0]")]
    [InlineData("""{ "callId": "c-1", "channels": [{ "channel": 0, "segments": [{ "start": 1, "end": 2, "words": [{ "start": 1, "end": 2 }] }] }] }""", "has a word without text at channels[0].segments[0].words[0]")]
    [InlineData("""{ "callId": "c-1", "channels": [null] }""", "the transcript has nothing at channels[0]")]
    public async Task A_file_that_is_no_transcript_is_an_error_naming_it_and_the_cause(string json, string cause)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("x.json"), json, Token);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StoredTranscript.ReadAsync(folder.File("x.json"), Token));

        Assert.StartsWith($"{folder.File("x.json")}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
    }
}
