using AutoQa.Whisper.Tests.Support;

namespace AutoQa.Whisper.Tests.Engine;

public sealed class LoadingErrorTests(WhisperFixture whisper)
{
    [Fact]
    public void A_missing_model_file_is_named_in_the_error()
    {
        _ = whisper.Engine;
        using var folder = new TempFolder();
        var path = folder.File("ggml-nothing.bin");

        var error = Assert.Throws<WhisperException>(() => WhisperEngine.Load(new WhisperEngineOptions { ModelPath = path }));

        Assert.Equal(WhisperErrorKind.ModelNotFound, error.Kind);
        Assert.Equal(path, error.ModelPath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_file_of_random_bytes_is_rejected_as_not_a_ggml_model()
    {
        _ = whisper.Engine;
        using var folder = new TempFolder();
        var path = folder.File("ggml-random.bin");
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<WhisperException>(() => WhisperEngine.Load(new WhisperEngineOptions { ModelPath = path }));

        Assert.Equal(WhisperErrorKind.ModelInvalid, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("ggml magic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_model_file_is_reported_as_truncated()
    {
        var original = whisper.Engine.ModelPath;
        using var folder = new TempFolder();
        var path = folder.File("ggml-truncated.bin");
        var bytes = File.ReadAllBytes(original);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var error = Assert.Throws<WhisperException>(() => WhisperEngine.Load(new WhisperEngineOptions { ModelPath = path }));

        Assert.Equal(WhisperErrorKind.ModelTruncated, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_native_library_folder_without_whisper_lists_the_paths_tried()
    {
        var model = SharedAssets.Require("models/whisper/for-tests-ggml-tiny.en.bin");
        using var empty = new TempFolder();

        var error = Assert.Throws<WhisperException>(
            () => WhisperEngine.Load(new WhisperEngineOptions { ModelPath = model, NativeLibraryPath = empty.Path }));

        Assert.Equal(WhisperErrorKind.NativeLibraryNotFound, error.Kind);
        Assert.Contains(Path.Combine(empty.Path, "libwhisper.so"), error.Message, StringComparison.Ordinal);
        Assert.Contains("tools/setup.sh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_before_anything_loads()
    {
        Assert.Throws<ArgumentException>(() => WhisperEngine.Load(new WhisperEngineOptions()));
        Assert.Throws<ArgumentOutOfRangeException>(() => WhisperEngine.Load(new WhisperEngineOptions
        {
            ModelPath = "model.bin",
            Recognition = new WhisperRecognitionOptions { Threads = 0 },
        }));
    }

    [Fact]
    public void A_language_whisper_does_not_know_is_refused()
    {
        Assert.Throws<ArgumentException>(() => whisper.Engine.CreateRecognizer(new WhisperRecognitionOptions { Language = "klingon" }));
    }
}
