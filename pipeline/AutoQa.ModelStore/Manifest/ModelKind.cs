namespace AutoQa.Models;

/// <summary>What a model is for.</summary>
public enum ModelKind
{
    /// <summary>A ggml Whisper speech recognition model for whisper.cpp.</summary>
    Whisper,

    /// <summary>A voice activity detection model (Silero VAD, ONNX).</summary>
    Vad,

    /// <summary>A sentiment model (ONNX).</summary>
    Sentiment,
}
