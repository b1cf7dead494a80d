namespace AutoQa.Batch;

/// <summary>What one batch run reads, where it writes, and how many workers each stage gets.</summary>
public sealed class BatchOptions
{
    /// <summary>Recordings and folders of recordings (searched recursively). Required, at least one.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>The output folder: per-call JSON, summary, failures, manifest and the resume ledger. Required.</summary>
    public string OutputFolder { get; init; } = string.Empty;

    /// <summary>A metadata file (csv or json). The default is null: a metadata.csv or metadata.json in an input folder, else defaults.</summary>
    public string? MetadataPath { get; init; }

    /// <summary>Parallel decoders (ffmpeg processes). The default is 1.</summary>
    public int DecodeWorkers { get; init; } = 1;

    /// <summary>Parallel VAD and audio-quality workers. The default is 1.</summary>
    public int SignalWorkers { get; init; } = 1;

    /// <summary>Parallel transcription workers sharing one loaded model. The default is 1.</summary>
    public int TranscribeWorkers { get; init; } = 1;

    /// <summary>Parallel analysis workers. The default is 1.</summary>
    public int AnalyseWorkers { get; init; } = 1;

    /// <summary>Calls each channel between two stages holds; with decoded audio the largest item, this bounds memory. The default is 2.</summary>
    public int ChannelCapacity { get; init; } = 2;

    /// <summary>Skip calls already done with the same source and configuration hashes. The default is true.</summary>
    public bool Resume { get; init; } = true;

    /// <summary>Checks the options once, before a run starts.</summary>
    /// <exception cref="ArgumentException">A value is missing or out of range; the message names it.</exception>
    public void Validate()
    {
        if (Inputs.Count == 0 || Inputs.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("at least one input recording or folder is required", nameof(Inputs));
        }

        if (string.IsNullOrWhiteSpace(OutputFolder))
        {
            throw new ArgumentException("an output folder is required", nameof(OutputFolder));
        }

        foreach (var (name, value) in new[]
                 {
                     (nameof(DecodeWorkers), DecodeWorkers), (nameof(SignalWorkers), SignalWorkers),
                     (nameof(TranscribeWorkers), TranscribeWorkers), (nameof(AnalyseWorkers), AnalyseWorkers),
                     (nameof(ChannelCapacity), ChannelCapacity),
                 })
        {
            if (value is < 1 or > 256)
            {
                throw new ArgumentException($"{name} must be between 1 and 256, not {value}", name);
            }
        }
    }
}
