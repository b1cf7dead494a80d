namespace AutoQa.Batch.Composition;

/// <summary>
/// Finds the Silero VAD model (manifest name "silero-vad"): an explicit path, else <c>AUTOQA_VAD_MODEL</c>, else
/// vad/silero_vad.onnx or silero_vad.onnx in the model folder (<c>AUTOQA_MODELS</c>, default ~/.cache/autoqa/models).
/// </summary>
public static class VadModelLocator
{
    /// <summary>The environment variable naming the model file.</summary>
    public const string EnvironmentVariable = "AUTOQA_VAD_MODEL";

    /// <summary>The model's file.</summary>
    /// <exception cref="FileNotFoundException">No file exists at any place tried; the message lists them.</exception>
    public static string Find(string? explicitPath = null)
    {
        var tried = Candidates(explicitPath).Select(Path.GetFullPath).ToList();
        return tried.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException(
            $"the Silero VAD model was not found (tried {string.Join(", ", tried)}); run './autoqa models pull silero-vad', pass --vad-model or set {EnvironmentVariable}");
    }

    private static IEnumerable<string> Candidates(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            yield return explicitPath;
            yield break;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            yield return configured;
        }

        var folder = Environment.GetEnvironmentVariable("AUTOQA_MODELS") is { Length: > 0 } models
            ? models
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "autoqa", "models");
        yield return Path.Combine(folder, "vad", "silero_vad.onnx");
        yield return Path.Combine(folder, "silero_vad.onnx");
    }
}
