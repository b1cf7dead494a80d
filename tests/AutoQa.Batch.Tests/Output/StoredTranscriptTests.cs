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

    [Theory]
    [InlineData("""{ "schema": "autoqa.transcript/1", "callId": "c-1", "durationSeconds": 9 }""", "the transcript has no channels")]
    [InlineData("""{ "schema": "autoqa.call/1", "callId": "c-1", "metadata": { "callId": "c-1" } }""", "no CallTranscript")]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    public async Task A_file_that_is_no_transcript_is_an_error_naming_it_and_the_cause(string json, string cause)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("x.json"), json, Token);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StoredTranscript.ReadAsync(folder.File("x.json"), Token));

        Assert.StartsWith($"{folder.File("x.json")}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
    }
}
