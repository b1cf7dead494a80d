using AutoQa.Cli.Tests.Support;

namespace AutoQa.Cli.Tests;

public sealed class RubricCommandTests
{
    [Fact]
    public async Task The_shipped_rubric_is_valid()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "rubrics", "default.yaml");

        var result = await AutoQaProcess.RunAsync("rubric", "check", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid rubric 'default'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_is_reported_with_its_line_and_the_exit_code_is_1()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.yaml");
        await File.WriteAllTextAsync(path, """
            name: bad
            analysis:
              dead-air-min-seconds: -3
            sections:
              - id: process
                weight: 100
                items:
                  - id: process.greeting
                    points: 10
                    detector: no-such-detector
            """, TestContext.Current.CancellationToken);

        var result = await AutoQaProcess.RunAsync("rubric", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:3:", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:10:", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s)", result.Error, StringComparison.Ordinal);
    }
}
