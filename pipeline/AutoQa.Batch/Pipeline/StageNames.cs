namespace AutoQa.Batch.Pipeline;

/// <summary>Stage names, as they appear in failure records, busy-time figures and the manifest.</summary>
public static class StageNames
{
    /// <summary>Listing inputs, hashing recordings and checking the ledger.</summary>
    public const string Discover = "discover";

    /// <summary>Decoding to 16 kHz float PCM.</summary>
    public const string Decode = "decode";

    /// <summary>VAD and audio quality.</summary>
    public const string Signal = "signal";

    /// <summary>Speech to text.</summary>
    public const string Transcribe = "transcribe";

    /// <summary>Metrics, events, scorecard and triage.</summary>
    public const string Analyse = "analyse";

    /// <summary>Writing the call's JSON and the ledger line.</summary>
    public const string Write = "write";
}
