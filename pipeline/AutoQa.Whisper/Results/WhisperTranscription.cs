using AutoQa.Transcripts;

namespace AutoQa.Whisper;

/// <summary>What whisper.cpp made of one buffer: the language and the segments with their tokens.</summary>
/// <param name="Language">The detected or forced language (ISO 639-1); null when the audio was too short to detect it.</param>
/// <param name="Segments">Segments in time order.</param>
public sealed record WhisperTranscription(string? Language, IReadOnlyList<WhisperSegment> Segments)
{
    /// <summary>The engine-neutral form: channel 0, <see cref="Speaker.Unknown"/>, words with times.</summary>
    public RecognizedSpeech ToRecognizedSpeech() =>
        new(Language, [.. Segments.Select(s => new TranscriptSegment(0, Speaker.Unknown, s.Start, s.End, s.Text, s.Words))]);
}
