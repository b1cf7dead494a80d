using AutoQa.Models;
using AutoQa.Sphinx;
using AutoQa.Transcription.Engines;
using AutoQa.Transcripts;
using AutoQa.Whisper;

namespace AutoQa.Transcription.Tests.Engines;

public sealed class SpeechEngineSelectorTests
{
    [Fact]
    public async Task Auto_without_a_whisper_model_falls_back_to_sphinx_and_says_why()
    {
        using var models = new TempFolder();

        using var engine = await SelectAsync(new SpeechEngineSelectorOptions { Models = new ModelStoreOptions { Folder = models.Path } });

        Assert.Equal("sphinx", engine.Info.Name);
        Assert.Equal(
            $"No Whisper model 'base.en' found in {models.Path} (run ./autoqa models pull base.en); using PocketSphinx (US English).",
            engine.Info.Note);
    }

    [Fact]
    public async Task Auto_with_an_explicit_whisper_model_file_uses_whisper()
    {
        var model = SharedAssets.Require("models/whisper/for-tests-ggml-tiny.en.bin");

        using var engine = await SelectAsync(new SpeechEngineSelectorOptions { Model = model });

        Assert.Equal("whisper", engine.Info.Name);
        Assert.Equal($"Using Whisper model {engine.Info.Model} ({model}).", engine.Info.Note);
    }

    [Fact]
    public async Task Whisper_with_a_missing_model_fails_saying_how_to_get_it()
    {
        using var models = new TempFolder();
        var options = new SpeechEngineSelectorOptions { Engine = SpeechEngineKind.Whisper, Models = new ModelStoreOptions { Folder = models.Path } };

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(
            () => SpeechEngineSelector.SelectAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("models pull base.en", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sphinx_asked_for_by_name_runs_without_a_note()
    {
        using var engine = await SelectAsync(new SpeechEngineSelectorOptions { Engine = SpeechEngineKind.Sphinx, Model = "no-such-model" });

        Assert.Equal(new TranscriptEngine("sphinx", "pocketsphinx-en-us"), engine.Info);
    }

    /// <summary>Selects, skipping when the engine's native library is not installed here.</summary>
    private static async Task<ISpeechEngine> SelectAsync(SpeechEngineSelectorOptions options)
    {
        try
        {
            return await SpeechEngineSelector.SelectAsync(options, TestContext.Current.CancellationToken);
        }
        catch (WhisperException ex) when (ex.Kind == WhisperErrorKind.NativeLibraryNotFound)
        {
            Assert.Skip($"whisper.cpp is not built: {ex.Message}");
            throw;
        }
        catch (SphinxException ex)
        {
            Assert.Skip($"PocketSphinx is not installed: {ex.Message}");
            throw;
        }
    }
}
