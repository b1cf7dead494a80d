using AutoQa.Storage;

namespace AutoQa.Core.Tests;

public sealed class ModelFileSearchTests
{
    // A variable of this test alone: the process's environment is shared by every test.
    private const string Variable = "AUTOQA_TEST_MODEL_FILE_SEARCH";

    [Fact]
    public void The_variable_comes_before_the_defaults_and_missing_places_are_skipped()
    {
        using var folder = new TempFolder();
        var configured = Touch(folder.File("configured.onnx"));
        var fallback = Touch(folder.File("default.onnx"));

        Environment.SetEnvironmentVariable(Variable, configured);
        try
        {
            Assert.Equal(configured, ModelFileSearch.FirstExisting(null, Variable, [fallback], out _));
            File.Delete(configured);
            Assert.Equal(fallback, ModelFileSearch.FirstExisting(null, Variable, [folder.File("missing.onnx"), fallback], out var tried));
            Assert.Equal([configured, folder.File("missing.onnx"), fallback], tried);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public void A_path_the_user_gave_is_the_only_place_tried()
    {
        using var folder = new TempFolder();
        var fallback = Touch(folder.File("default.onnx"));

        Assert.Null(ModelFileSearch.FirstExisting("nowhere/model.onnx", Variable, [fallback], out var tried));
        Assert.Equal([Path.GetFullPath("nowhere/model.onnx")], tried);
    }

    private static string Touch(string path)
    {
        File.WriteAllText(path, "model");
        return path;
    }
}
