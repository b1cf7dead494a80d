namespace AutoQa.Models.Tests;

public sealed class ShippedManifestTests
{
    [Fact]
    public async Task The_shipped_manifest_lists_the_standard_whisper_models_and_silero_vad()
    {
        var manifest = await ModelManifest.LoadAsync(ModelManifest.DefaultPath, TestContext.Current.CancellationToken);

        string[] expected = ["tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "large-v3-turbo"];
        Assert.All(expected, name => Assert.Equal(ModelKind.Whisper, manifest.Find(name)?.Kind));
        Assert.Equal(ModelKind.Vad, manifest.Find("silero-vad")?.Kind);
        Assert.All(manifest.Models, m => Assert.Equal("https", m.Url.Scheme));
    }

    [Fact]
    public async Task The_silero_vad_entry_matches_the_shared_upstream_file()
    {
        var shared = SharedAssets.Require("models/vad/silero_vad.onnx");
        using var folder = new TempFolder();
        var manifest = await ModelManifest.LoadAsync(ModelManifest.DefaultPath, TestContext.Current.CancellationToken);
        var entry = manifest.Find("silero-vad")!;
        File.Copy(shared, Path.Combine(folder.Path, entry.File));
        var store = new ModelStore(new ModelStoreOptions { Folder = folder.Path }, manifest);

        var verification = await store.VerifyAsync("silero-vad", TestContext.Current.CancellationToken);

        Assert.Equal(ModelStatus.Verified, verification.Status);
    }
}
