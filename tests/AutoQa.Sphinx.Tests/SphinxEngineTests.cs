using AutoQa.Transcripts;

namespace AutoQa.Sphinx.Tests;

public sealed class SphinxEngineTests(SphinxFixture fixture) : IClassFixture<SphinxFixture>
{
    [Fact]
    public void A_missing_model_folder_fails_naming_the_missing_files_and_the_setup_script()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<SphinxException>(() => SphinxEngine.Load(new SphinxEngineOptions { ModelFolder = folder.Path }));

        Assert.Contains(Path.Combine(folder.Path, "en-us.lm.bin"), error.Message, StringComparison.Ordinal);
        Assert.Contains("tools/setup.sh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_names_itself_sphinx_with_the_debian_model()
    {
        Assert.Equal(new TranscriptEngine("sphinx", "pocketsphinx-en-us"), fixture.Engine.Info);
    }
}
