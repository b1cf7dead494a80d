namespace AutoQa.Transcription.Formatting;

/// <summary>How <see cref="TranscriptFormatter"/> writes a transcript.</summary>
public enum TranscriptFormat
{
    /// <summary>One line per segment, in time order: time range, speaker and channel, text.</summary>
    Text,

    /// <summary>The full <see cref="Transcripts.CallTranscript"/> in AutoQa's JSON (words, probabilities, language, engine, model).</summary>
    Json,

    /// <summary>SubRip subtitles: one cue per segment, prefixed with the speaker on multi-channel calls.</summary>
    Srt,
}
