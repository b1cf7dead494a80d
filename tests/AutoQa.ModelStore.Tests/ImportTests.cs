using AutoQa.Models.Tests.Support;

namespace AutoQa.Models.Tests;

public sealed class ImportTests
{
    [Fact]
    public async Task Importing_from_a_folder_copies_and_verifies_the_model()
    {
        var content = TestModels.Bytes(200_000, seed: 11);
        using var source = new TempFolder();
        using var folder = new TempFolder();
        var entry = TestModels.Entry("vad", content, new Uri("http://127.0.0.1:9/unused"));
        await File.WriteAllBytesAsync(source.File(entry.File), content, TestContext.Current.CancellationToken);
        var store = await TestModels.OpenAsync(folder, entry);

        var result = await store.ImportAsync("vad", source.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Downloaded);
        Assert.Equal(ModelStatus.Verified, (await store.VerifyAsync("vad", TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public async Task Importing_a_file_with_the_wrong_content_saves_nothing_and_names_the_source()
    {
        var content = TestModels.Bytes(50_000, seed: 12);
        using var source = new TempFolder();
        using var folder = new TempFolder();
        var impostor = source.File("impostor.bin");
        await File.WriteAllBytesAsync(impostor, TestModels.Bytes(50_000, seed: 13), TestContext.Current.CancellationToken);
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("vad", content, new Uri("http://127.0.0.1:9/unused")));

        var error = await Assert.ThrowsAsync<ModelStoreException>(
            () => store.ImportAsync("vad", impostor, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(impostor, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(store.Folder));
    }
}
