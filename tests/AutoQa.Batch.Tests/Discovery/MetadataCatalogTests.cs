using AutoQa.Batch.Discovery;

namespace AutoQa.Batch.Tests.Discovery;

public sealed class MetadataCatalogTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("autoqa-metadata-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("metadata.json", """[{ "callId": "c1", "language": "de-DE", "agentChannel": 1 }]""")]
    [InlineData("metadata.csv", "call_id,language,agent_channel\nc1,de-DE,1\n")]
    public async Task A_language_tag_with_a_region_is_read_as_its_language_in_csv_and_json(string name, string text)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, name), text, TestContext.Current.CancellationToken);

        var catalog = await MetadataCatalog.LoadAsync(null, [folder], TestContext.Current.CancellationToken);

        var call = catalog.ForCallId("c1");
        Assert.Equal("de", call?.Language);
        Assert.Equal(1, call?.AgentChannel);
    }

    [Fact]
    public async Task A_json_language_that_is_none_is_rejected_naming_the_file_and_the_call()
    {
        var path = Path.Combine(folder, "metadata.json");
        await File.WriteAllTextAsync(path, """[{ "callId": "c7", "language": "German" }]""", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => MetadataCatalog.LoadAsync(path, [], TestContext.Current.CancellationToken));

        Assert.StartsWith($"{path}: call c7: language 'German' is not a language", error.Message, StringComparison.Ordinal);
    }
}
