using AutoQa.Models.Tests.Support;

namespace AutoQa.Models.Tests;

public sealed class PullTests
{
    [Fact]
    public async Task Pulling_a_model_downloads_it_verifies_it_and_puts_it_in_place()
    {
        var content = TestModels.Bytes(3 * 1024 * 1024 + 17, seed: 1);
        await using var server = new LoopbackFileServer(new() { ["tiny.bin"] = content });
        using var folder = new TempFolder();
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("tiny", content, server.UriOf("tiny.bin")));
        var reports = new List<DownloadProgress>();

        var result = await store.PullAsync("tiny", progress: new SynchronousProgress(reports), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Downloaded);
        Assert.Equal(content, await File.ReadAllBytesAsync(result.Path, TestContext.Current.CancellationToken));
        Assert.Equal(ModelStatus.Verified, (await store.VerifyAsync("tiny", TestContext.Current.CancellationToken)).Status);
        Assert.Equal(content.Length, reports[^1].BytesReceived);
        Assert.Equal([Path.GetFileName(result.Path)], Directory.GetFiles(store.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_download_with_the_wrong_sha256_is_deleted_and_reported()
    {
        var content = TestModels.Bytes(100_000, seed: 2);
        await using var server = new LoopbackFileServer(new() { ["base.bin"] = content });
        using var folder = new TempFolder();
        var wrongHash = new string('0', 64);
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("base", content, server.UriOf("base.bin"), sha256: wrongHash));

        var error = await Assert.ThrowsAsync<ModelStoreException>(() => store.PullAsync("base", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(wrongHash, error.Message, StringComparison.Ordinal);
        Assert.Equal("base", error.ModelName);
        Assert.Empty(Directory.GetFiles(store.Folder));
    }

    [Fact]
    public async Task A_download_shorter_than_the_manifest_says_is_rejected()
    {
        var content = TestModels.Bytes(50_000, seed: 3);
        await using var server = new LoopbackFileServer(new() { ["small.bin"] = content });
        using var folder = new TempFolder();
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("small", content, server.UriOf("small.bin"), size: content.Length + 1));

        var error = await Assert.ThrowsAsync<ModelStoreException>(() => store.PullAsync("small", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("50000 bytes", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(store.Folder));
    }

    [Fact]
    public async Task A_verified_model_is_not_downloaded_again_unless_forced()
    {
        var content = TestModels.Bytes(10_000, seed: 4);
        await using var server = new LoopbackFileServer(new() { ["m.bin"] = content });
        using var folder = new TempFolder();
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("m", content, server.UriOf("m.bin")));
        var cancellationToken = TestContext.Current.CancellationToken;
        await store.PullAsync("m", cancellationToken: cancellationToken);

        var again = await store.PullAsync("m", cancellationToken: cancellationToken);
        Assert.False(again.Downloaded);
        Assert.Equal(1, server.RequestsFor("m.bin"));

        var forced = await store.PullAsync("m", force: true, cancellationToken: cancellationToken);
        Assert.True(forced.Downloaded);
        Assert.Equal(2, server.RequestsFor("m.bin"));
    }

    [Fact]
    public async Task A_corrupted_model_is_replaced_by_a_plain_pull()
    {
        var content = TestModels.Bytes(10_000, seed: 5);
        await using var server = new LoopbackFileServer(new() { ["c.bin"] = content });
        using var folder = new TempFolder();
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("c", content, server.UriOf("c.bin")));
        var path = store.PathOf(store.Get("c"));
        Directory.CreateDirectory(store.Folder);
        await File.WriteAllBytesAsync(path, TestModels.Bytes(10_000, seed: 99), TestContext.Current.CancellationToken);

        var result = await store.PullAsync("c", cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Downloaded);
        Assert.Equal(content, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_http_error_names_the_model_the_url_and_the_status()
    {
        await using var server = new LoopbackFileServer([]);
        using var folder = new TempFolder();
        var url = server.UriOf("gone.bin");
        var store = await TestModels.OpenAsync(folder, TestModels.Entry("gone", [1, 2, 3], url));

        var error = await Assert.ThrowsAsync<ModelStoreException>(() => store.PullAsync("gone", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        Assert.Contains(url.ToString(), error.Message, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(List<DownloadProgress> reports) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => reports.Add(value);
    }
}
