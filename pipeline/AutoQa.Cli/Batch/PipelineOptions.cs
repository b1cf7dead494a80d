using System.CommandLine;
using AutoQa.Batch;
using AutoQa.Batch.Composition;
using AutoQa.Transcription.Engines;

namespace AutoQa.Cli.Batch;

/// <summary>The options shared by run, demo and bench: which models load, and how many workers each stage gets.</summary>
internal sealed class PipelineOptions
{
    private readonly Option<SpeechEngineKind> engine = new("--engine") { Description = "Speech engine: auto (Whisper when its model is present, else PocketSphinx), whisper or sphinx", DefaultValueFactory = _ => SpeechEngineKind.Auto };
    private readonly Option<string?> model = new("--model") { Description = "Whisper model: a model-store name (base.en) or a ggml file" };
    private readonly Option<int?> threads = new("--threads") { Description = "CPU threads per transcription worker (default: the engine's)" };
    private readonly Option<string?> vadModel = new("--vad-model") { Description = $"Silero VAD model file (default: ${VadModelLocator.EnvironmentVariable}, else the model folder)" };
    private readonly Option<string?> rubric = new("--rubric") { Description = "Rubric YAML (default: the shipped rubric)" };
    private readonly Option<string?> metadata = new("--metadata") { Description = "Metadata csv/json (default: metadata.csv or metadata.json in an input folder)" };
    public Option<int> Workers { get; } = new("--workers") { Description = "Transcription workers sharing one model", DefaultValueFactory = _ => 1 };
    private readonly Option<int> decoders = new("--decoders") { Description = "Parallel ffmpeg decoders", DefaultValueFactory = _ => 1 };
    private readonly Option<int> signalWorkers = new("--signal-workers") { Description = "Parallel VAD and audio-quality workers (more when transcription leaves cores idle, e.g. on a GPU)", DefaultValueFactory = _ => 1 };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { engine, model, threads, vadModel, rubric, metadata, Workers, decoders, signalWorkers })
        {
            command.Options.Add(option);
        }
    }

    public PipelineSettings Settings(ParseResult parseResult, string? defaultModel = null) => new()
    {
        Engine = parseResult.GetValue(engine),
        Model = parseResult.GetValue(model) ?? defaultModel,
        Threads = parseResult.GetValue(threads),
        VadModel = parseResult.GetValue(vadModel),
        Rubric = parseResult.GetValue(rubric),
    };

    public BatchOptions Batch(ParseResult parseResult, IReadOnlyList<string> inputs, string output, bool resume = true) => new()
    {
        Inputs = inputs,
        OutputFolder = output,
        MetadataPath = parseResult.GetValue(metadata),
        TranscribeWorkers = parseResult.GetValue(Workers),
        DecodeWorkers = parseResult.GetValue(decoders),
        SignalWorkers = parseResult.GetValue(signalWorkers),
        Resume = resume,
    };
}
