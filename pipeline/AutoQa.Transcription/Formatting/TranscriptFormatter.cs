using System.Globalization;
using System.Text;
using AutoQa.Json;
using AutoQa.Transcripts;

namespace AutoQa.Transcription.Formatting;

/// <summary>Writes a <see cref="CallTranscript"/> as plain text, JSON or SubRip subtitles.</summary>
public static class TranscriptFormatter
{
    /// <summary>The transcript in <paramref name="format"/>, ending with a newline.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Format(CallTranscript transcript, TranscriptFormat format)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return format switch
        {
            TranscriptFormat.Text => ToText(transcript),
            TranscriptFormat.Json => AutoQaJson.Serialize(transcript) + "\n",
            TranscriptFormat.Srt => ToSrt(transcript),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown transcript format."),
        };
    }

    private static string ToText(CallTranscript transcript)
    {
        var text = new StringBuilder();
        foreach (var segment in transcript.SegmentsInTimeOrder())
        {
            text.Append(CultureInfo.InvariantCulture, $"[{Clock(segment.Start, '.')} - {Clock(segment.End, '.')}] ")
                .Append(CultureInfo.InvariantCulture, $"{SpeakerLabel(segment.Speaker)} (channel {segment.Channel}): ")
                .Append(segment.Text.Trim())
                .Append('\n');
        }

        return text.ToString();
    }

    private static string ToSrt(CallTranscript transcript)
    {
        var labelSpeakers = transcript.Channels.Count > 1;
        var srt = new StringBuilder();
        var cue = 1;
        foreach (var segment in transcript.SegmentsInTimeOrder())
        {
            srt.Append(CultureInfo.InvariantCulture, $"{cue++}\n")
                .Append(CultureInfo.InvariantCulture, $"{Clock(segment.Start, ',')} --> {Clock(segment.End, ',')}\n")
                .Append(labelSpeakers ? SpeakerLabel(segment.Speaker) + ": " : string.Empty)
                .Append(segment.Text.Trim())
                .Append("\n\n");
        }

        return srt.ToString();
    }

    private static string SpeakerLabel(Speaker speaker) => speaker switch
    {
        Speaker.Agent => "agent",
        Speaker.Customer => "customer",
        _ => "speaker",
    };

    /// <summary>hh:mm:ss plus milliseconds after <paramref name="separator"/> (SubRip uses a comma).</summary>
    private static string Clock(double seconds, char separator)
    {
        var time = TimeSpan.FromMilliseconds(Math.Round(Math.Max(0, seconds) * 1000));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}{separator}{time.Milliseconds:000}");
    }
}
