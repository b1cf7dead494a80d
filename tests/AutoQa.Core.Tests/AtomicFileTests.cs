using AutoQa.Storage;

namespace AutoQa.Core.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public async Task WriteAllText_replaces_the_file_and_leaves_no_temporary_files()
    {
        using var folder = new TempFolder();
        var path = folder.File("out/call.json");

        await AtomicFile.WriteAllTextAsync(path, "first", TestContext.Current.CancellationToken);
        await AtomicFile.WriteAllTextAsync(path, "second", TestContext.Current.CancellationToken);

        Assert.Equal("second", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(["call.json"], Directory.GetFiles(folder.File("out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_failing_writer_keeps_the_old_file_whole()
    {
        using var folder = new TempFolder();
        var path = folder.File("call.json");
        await AtomicFile.WriteAllTextAsync(path, "complete", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await stream.WriteAsync("torn"u8.ToArray(), ct);
                throw new IOException("disk pulled");
            },
            TestContext.Current.CancellationToken));

        Assert.Equal("complete", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Single(Directory.GetFiles(folder.Path));
    }
}
