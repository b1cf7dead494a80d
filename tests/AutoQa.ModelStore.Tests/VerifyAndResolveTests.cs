using AutoQa.Models.Tests.Support;

namespace AutoQa.Models.Tests;

public sealed class VerifyAndResolveTests
{
    private static readonly Uri Nowhere = new("http://127.0.0.1:9/unused.bin");

    [Fact]
    public async Task Verify_tells_missing_wrong_size_wrong_hash_and_verified_apart()
    {
        var content = TestModels.Bytes(4_096, seed: 6);
        using var folder = new TempFolder();
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("v", content, Nowhere));
        var path = store.PathOf(store.Get("v"));
        var cancellationToken = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(store.Folder);

        Assert.Equal(ModelStatus.Missing, (await store.VerifyAsync("v", cancellationToken)).Status);
        await File.WriteAllBytesAsync(path, content[..100], cancellationToken);
        Assert.Equal(ModelStatus.WrongSize, (await store.VerifyAsync("v", cancellationToken)).Status);
        await File.WriteAllBytesAsync(path, TestModels.Bytes(4_096, seed: 7), cancellationToken);
        var wrong = await store.VerifyAsync("v", cancellationToken);
        Assert.Equal(ModelStatus.WrongHash, wrong.Status);
        Assert.Contains(wrong.Entry.Sha256, wrong.Describe(), StringComparison.Ordinal);
        await File.WriteAllBytesAsync(path, content, cancellationToken);
        Assert.Equal(ModelStatus.Verified, (await store.VerifyAsync("v", cancellationToken)).Status);
    }

    [Fact]
    public async Task Resolve_accepts_an_existing_file_or_a_downloaded_model_name()
    {
        var content = TestModels.Bytes(1_000, seed: 8);
        using var folder = new TempFolder();
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("r", content, Nowhere));
        var ownFile = folder.File("own-model.bin");
        await File.WriteAllBytesAsync(ownFile, content, TestContext.Current.CancellationToken);
        Directory.CreateDirectory(store.Folder);
        await File.WriteAllBytesAsync(store.PathOf(store.Get("r")), content, TestContext.Current.CancellationToken);

        Assert.Equal(ownFile, store.Resolve(ownFile));
        Assert.Equal(store.PathOf(store.Get("r")), store.Resolve("r"));
        Assert.Equal(store.PathOf(store.Get("r")), store.Resolve("R"));
    }

    [Fact]
    public async Task Resolve_explains_a_model_that_is_not_downloaded_and_an_unknown_name()
    {
        using var folder = new TempFolder();
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("known", [1], Nowhere));

        var notDownloaded = Assert.Throws<ModelStoreException>(() => store.Resolve("known"));
        var unknown = Assert.Throws<ModelStoreException>(() => store.Resolve("nonesuch"));

        Assert.Contains("models pull known", notDownloaded.Message, StringComparison.Ordinal);
        Assert.Contains("known", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("nonesuch", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_with_a_malformed_sha256_is_refused_naming_the_model()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<InvalidDataException>(
            () => TestModels.OpenAsync(folder, TestModels.Entry("bad", [1], Nowhere, sha256: "ABC")));

        Assert.Contains("'bad'", error.Message, StringComparison.Ordinal);
    }
}
