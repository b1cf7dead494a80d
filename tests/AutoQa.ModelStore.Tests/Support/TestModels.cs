using System.Security.Cryptography;
using AutoQa.Json;

namespace AutoQa.Models.Tests.Support;

/// <summary>Small model files, their manifest entries, and a manifest file pointing at a loopback server.</summary>
internal static class TestModels
{
    public static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static ModelEntry Entry(string name, byte[] content, Uri url, string? sha256 = null, long? size = null) =>
        new(name, ModelKind.Whisper, $"ggml-{name}.bin", size ?? content.Length, sha256 ?? Convert.ToHexStringLower(SHA256.HashData(content)), url, "MIT");

    public static async Task<ModelStore> OpenAsync(TempFolder folder, params ModelEntry[] entries)
    {
        var manifestPath = folder.File("manifest.json");
        await File.WriteAllTextAsync(manifestPath, AutoQaJson.Serialize(new ModelManifest(1, entries)), TestContext.Current.CancellationToken);
        return await ModelStore.OpenAsync(
            new ModelStoreOptions { Folder = Path.Combine(folder.Path, "models"), ManifestPath = manifestPath },
            cancellationToken: TestContext.Current.CancellationToken);
    }
}
