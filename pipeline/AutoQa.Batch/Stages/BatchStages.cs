namespace AutoQa.Batch.Stages;

/// <summary>The stages one run connects. Disposing it disposes every stage that owns something (models, sessions).</summary>
/// <param name="Decode">Recording to PCM.</param>
/// <param name="Signal">VAD and audio quality.</param>
/// <param name="Transcribe">Speech to text.</param>
/// <param name="Analyse">Metrics, events, scorecard and triage.</param>
public sealed record BatchStages(IDecodeStage Decode, ISignalStage Signal, ITranscribeStage Transcribe, IAnalyseStage Analyse) : IDisposable
{
    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var stage in new object[] { Decode, Signal, Transcribe, Analyse }.OfType<IDisposable>())
        {
            stage.Dispose();
        }
    }
}
