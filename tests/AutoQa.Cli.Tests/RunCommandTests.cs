using AutoQa.Batch;
using AutoQa.Cli.Tests.Support;

namespace AutoQa.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public async Task A_night_without_recordings_is_nothing_processed_and_still_writes_its_summary()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("night"));

        var result = await AutoQaProcess.RunAsync("run", folder.File("night"), "--out", folder.File("out"));

        Assert.Equal(BatchExitCode.NothingProcessed, result.ExitCode);
        Assert.Contains("0 processed", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("out/summary.json")), result.Output + result.Error);
    }

    [Fact]
    public async Task A_missing_input_is_a_bad_argument_naming_it()
    {
        var result = await AutoQaProcess.RunAsync("run", "/nowhere/night", "--out", "/tmp/unused");

        Assert.Equal(BatchExitCode.BadArguments, result.ExitCode);
        Assert.Contains("/nowhere/night: no such file or folder", result.Error, StringComparison.Ordinal);
    }
}
