using AutoQa.Models;
using AutoQa.Storage;

namespace AutoQa.Batch.Composition;

/// <summary>
/// Finds the Silero VAD model (manifest name "silero-vad"): an explicit path, else <c>AUTOQA_VAD_MODEL</c>, else
/// silero_vad.onnx or vad/silero_vad.onnx in the model folder (<see cref="ModelStoreOptions.DefaultFolder"/>).
/// </summary>
public static class VadModelLocator
{
    /// <summary>The environment variable naming the model file.</summary>
    public const string EnvironmentVariable = "AUTOQA_VAD_MODEL";

    /// <summary>The model's name in models/manifest.json.</summary>
    public const string ModelName = "silero-vad";

    /// <summary>The model's file.</summary>
    /// <exception cref="ModelStoreException">No file exists at any place tried; the message lists them and says how to get the model.</exception>
    public static string Find(string? explicitPath = null)
    {
        var folder = ModelStoreOptions.DefaultFolder();
        string[] defaults = [Path.Combine(folder, "silero_vad.onnx"), Path.Combine(folder, "vad", "silero_vad.onnx")];
        return ModelFileSearch.FirstExisting(explicitPath, EnvironmentVariable, defaults, out var tried) ?? throw new ModelStoreException(
            $"the Silero VAD model (silero_vad.onnx, 2.3 MB, needed by every run) was not found; tried {string.Join(", ", tried)}.{Environment.NewLine}" +
            $"Get it with one of:{Environment.NewLine}" +
            $"  ./autoqa models pull {ModelName}               download it into the model folder, verified by sha256{Environment.NewLine}" +
            $"  ./autoqa models pull {ModelName} --from PATH   no internet: import a local copy (the file, or a folder holding it), verified the same way{Environment.NewLine}" +
            $"  AUTOQA_MODEL_SOURCE=FOLDER tools/setup.sh    set-up does the import from FOLDER{Environment.NewLine}" +
            $"or use a copy where it is: --vad-model FILE, or {EnvironmentVariable}=FILE.",
            ModelName,
            tried[0]);
    }
}
