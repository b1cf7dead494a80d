namespace AutoQa.Transcripts;

/// <summary>
/// The transcript of one call in AutoQa's JSON shape (<see cref="SchemaId"/>): what every recogniser
/// produces and what analysis reads, whatever the source.
/// </summary>
/// <param name="CallId">The call's identity (from metadata, else the recording's file name without extension).</param>
/// <param name="DurationSeconds">Length of the recording.</param>
/// <param name="Engine">The recogniser that produced it.</param>
/// <param name="Channels">One entry per audio channel.</param>
public sealed record CallTranscript(
    string CallId,
    double DurationSeconds,
    TranscriptEngine Engine,
    IReadOnlyList<ChannelTranscript> Channels)
{
    /// <summary>The schema identifier written into every transcript file.</summary>
    public const string SchemaId = "autoqa.transcript/1";

    /// <summary>The schema this transcript follows; always <see cref="SchemaId"/> when written by this version.</summary>
    public string Schema { get; init; } = SchemaId;

    /// <summary>All segments of all channels, ordered by start time.</summary>
    public IEnumerable<TranscriptSegment> SegmentsInTimeOrder() =>
        Channels.SelectMany(c => c.Segments).OrderBy(s => s.Start).ThenBy(s => s.Channel);
}
