namespace AutoQa.Audio.Vad;

/// <summary>The Silero VAD model could not be loaded or run by ONNX Runtime.</summary>
public sealed class SileroVadException : Exception
{
    /// <summary>Creates the exception for the model at <paramref name="modelPath"/>.</summary>
    public SileroVadException(string modelPath, string cause, Exception? innerException = null)
        : base($"Silero VAD model '{modelPath}': {cause}", innerException)
    {
        ModelPath = modelPath;
    }

    /// <summary>The model file involved.</summary>
    public string ModelPath { get; }
}
