using AutoQa.Analysis.Rubrics;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Rubrics;

public sealed class RubricLoaderTests
{
    [Fact]
    public void The_default_rubric_is_valid_and_uses_every_default_item_id()
    {
        var rubric = RubricLoader.LoadDefault();

        var expected = typeof(DefaultRubricItems).GetFields().Select(f => (string)f.GetValue(null)!).Order();
        Assert.Equal(expected, rubric.Items.Select(i => i.Id).Order());
        Assert.Equal([25.0, 30, 25, 20, 0], rubric.Sections.Select(s => s.Weight));
        Assert.Equal(4, rubric.Items.Count(i => i.Critical));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_line()
    {
        const string yaml = """
            name: broken
            analysis:
              dead-air-min-seconds: soon
            sections:
              - id: process
                weight: 25
                items:
                  - id: process.greeting
                    points: 10
                    detector: greetin
                  - id: process.greeting
                    points: -3
                    detector: attention
                    colour: blue
            """;

        var (rubric, problems) = RubricLoader.ParseText(yaml);

        Assert.Null(rubric);
        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("dead-air-min-seconds", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 10 && p.Message.Contains("greetin", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 11 && p.Message.Contains("used twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 12 && p.Message.Contains("points", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 14 && p.Message.Contains("colour", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decided_share_outside_zero_to_one_is_a_problem()
    {
        var (rubric, problems) = RubricLoader.ParseText("name: x\ntriage:\n  min-decided-share: 1.5\nsections: []\n");

        Assert.Null(rubric);
        Assert.Contains(problems, p => p.Message.Contains("decided", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        var (_, problems) = RubricLoader.ParseText("name: x\nsections: [\n  - id: a\n");

        Assert.NotEmpty(problems);
        Assert.True(problems[0].Line >= 2);
    }

    [Fact]
    public void A_bracket_left_open_is_reported_with_its_line()
    {
        var yaml = File.ReadAllText(RubricLoader.DefaultPath).Replace("        detail: rudeness\n", "        detail: [rudeness\n", StringComparison.Ordinal);
        var line = Array.IndexOf(yaml.Split('\n'), "        detail: [rudeness") + 1;

        var (rubric, problems) = RubricLoader.ParseText(yaml);

        Assert.Null(rubric);
        Assert.Equal((line, 17, "not valid YAML: a '[' or '{' is not closed"), (Assert.Single(problems).Line, problems[0].Column, problems[0].Message));
    }

    [Fact]
    public void Loading_an_invalid_file_throws_naming_the_file_and_lines()
    {
        using var folder = new TempFolder();
        var path = folder.File("rubric.yaml");
        File.WriteAllText(path, "name: x\nsections:\n  - id: s\n    weight: heavy\n    items: []\n");

        var error = Assert.Throws<RubricException>(() => RubricLoader.Load(path));

        Assert.Contains($"{path}:4:", error.Message, StringComparison.Ordinal);
    }
}
