using AutoQa.Calls;
using AutoQa.Json;
using AutoQa.Storage;
using AutoQa.Synth.Catalog;

namespace AutoQa.Synth.Output;

/// <summary>
/// Writes generated calls in the layout of a telephony platform's night:
/// <c>recordings/&lt;callId&gt;.&lt;ext&gt;</c>, <c>metadata.csv</c>, <c>truth/&lt;callId&gt;.truth.json</c> and
/// <c>truth/&lt;callId&gt;.transcript.json</c>. Every file is written atomically.
/// </summary>
public sealed class NightWriter(string folder, SynthData? data = null)
{
    private readonly ConditionSettings _conditions = (data ?? SynthData.Default).Conditions;

    /// <summary>The night's folder.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The recording's path of <paramref name="call"/>.</summary>
    public string RecordingPath(SynthesizedCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Path.Combine(Folder, call.Metadata.File!);
    }

    /// <summary>Encodes the recording and writes the truth and transcript of <paramref name="call"/>.</summary>
    /// <exception cref="Processes.ExternalToolException">ffmpeg is missing or failed.</exception>
    public async Task WriteCallAsync(SynthesizedCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        await RecordingEncoder.EncodeAsync(call, RecordingPath(call), _conditions, cancellationToken);
        var truthFolder = Path.Combine(Folder, "truth");
        await AtomicFile.WriteAllTextAsync(Path.Combine(truthFolder, $"{call.Truth.CallId}.truth.json"), AutoQaJson.Serialize(call.Truth), cancellationToken);
        await AtomicFile.WriteAllTextAsync(Path.Combine(truthFolder, $"{call.Truth.CallId}.transcript.json"), AutoQaJson.Serialize(call.Transcript), cancellationToken);
    }

    /// <summary>Writes <c>metadata.csv</c> for <paramref name="calls"/>, in the given order.</summary>
    public Task WriteMetadataAsync(IEnumerable<CallMetadata> calls, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(Folder, "metadata.csv"), CallMetadataCsv.Format(calls), cancellationToken);
}
