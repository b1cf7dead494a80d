namespace AutoQa.Whisper;

/// <summary>How whisper.cpp picks the next token.</summary>
public enum WhisperSamplingStrategy
{
    /// <summary>Take the most likely token (with best-of-N sampling on temperature fallback). Fastest.</summary>
    Greedy,

    /// <summary>Keep <see cref="WhisperRecognitionOptions.BeamSize"/> hypotheses. Slower, sometimes more accurate.</summary>
    BeamSearch,
}
