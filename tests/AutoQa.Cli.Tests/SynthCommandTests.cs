using AutoQa.Cli.Tests.Support;

namespace AutoQa.Cli.Tests;

public sealed class SynthCommandTests
{
    [Fact]
    public async Task The_scenarios_are_listed_without_an_output_folder()
    {
        var result = await AutoQaProcess.RunAsync("synth", "--list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("red-line-refund", result.Output, StringComparison.Ordinal);
        Assert.Contains("deadline-promised", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_night_without_an_output_folder_is_refused()
    {
        var result = await AutoQaProcess.RunAsync("synth", "--calls", "1");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'--out' is required", result.Error, StringComparison.Ordinal);
    }
}
