namespace AutoQa.Whisper;

/// <summary>How to load a whisper.cpp model. Validated once by <see cref="WhisperEngine.Load"/>.</summary>
public sealed class WhisperEngineOptions
{
    /// <summary>The ggml Whisper model file (for example ggml-base.en.bin). Required.</summary>
    public string ModelPath { get; init; } = string.Empty;

    /// <summary>
    /// The model's name as written into transcripts. The default is null: the file name without its extension and
    /// without a leading "ggml-" (ggml-base.en.bin gives "base.en").
    /// </summary>
    public string? ModelName { get; init; }

    /// <summary>
    /// The whisper.cpp shared library (libwhisper.so, whisper.dll) or the folder holding it. When set, only this
    /// place is tried. The default is null: <c>AUTOQA_WHISPER_LIB</c> when set, otherwise the tools/build-whisper.sh
    /// cache, then the application's folder. The library is loaded once per process.
    /// </summary>
    public string? NativeLibraryPath { get; init; }

    /// <summary>Runs the model on a GPU when the native build has one (a CUDA build). The default is false.</summary>
    public bool UseGpu { get; init; }

    /// <summary>The GPU to use when <see cref="UseGpu"/> is true. The default is 0.</summary>
    public int GpuDevice { get; init; }

    /// <summary>Uses flash attention (whisper.cpp's own default). The default is true.</summary>
    public bool FlashAttention { get; init; } = true;

    /// <summary>Decoding settings of recognisers made by <see cref="WhisperEngine.CreateRecognizer()"/>. The default is <c>new()</c>.</summary>
    public WhisperRecognitionOptions Recognition { get; init; } = new();

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ModelPath))
        {
            throw new ArgumentException("A model file is required (WhisperEngineOptions.ModelPath).", nameof(ModelPath));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(GpuDevice);
        ArgumentNullException.ThrowIfNull(Recognition);
        Recognition.Validate();
    }
}
