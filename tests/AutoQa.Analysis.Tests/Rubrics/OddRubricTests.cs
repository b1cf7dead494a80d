using AutoQa.Analysis.Rubrics;

namespace AutoQa.Analysis.Tests.Rubrics;

/// <summary>
/// A team edits its rubric by hand: lines lost, repeated, swapped, a character typed wrong. Checking any such file
/// reports problems with their lines, or none, and never throws.
/// </summary>
public sealed class OddRubricTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_hand_edited_rubric_is_checked_without_an_exception(int seed)
    {
        var random = new Random(seed);
        var lines = File.ReadAllLines(RubricLoader.DefaultPath);
        var problems = 0;
        for (var edit = 0; edit < 300; edit++)
        {
            var edited = HandEdits.Apply(random, [.. lines]);

            var (rubric, found) = RubricLoader.ParseText(string.Join('\n', edited));

            Assert.True(rubric is not null || found.Count > 0, "a rubric that cannot be read must say why");
            Assert.All(found, p => Assert.InRange(p.Line, 0, edited.Count + 1));
            problems += found.Count > 0 ? 1 : 0;
        }

        Assert.NotEqual(0, problems); // most edits break something
    }
}
