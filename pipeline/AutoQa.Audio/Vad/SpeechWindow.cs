using AutoQa.Events;

namespace AutoQa.Audio.Vad;

/// <summary>
/// Up to <see cref="SpeechWindowPackerOptions.MaxWindowSeconds"/> of speech for one recognizer pass: slices of the
/// call joined by short silences, with the mapping from window time back to call time.
/// </summary>
/// <param name="Pieces">The slices in window (and call) order; never empty.</param>
/// <param name="GapSeconds">The silence placed between consecutive pieces.</param>
public sealed record SpeechWindow(IReadOnlyList<SpeechWindowPiece> Pieces, double GapSeconds)
{
    /// <summary>The window's length in seconds.</summary>
    public double Duration => Pieces[^1].WindowEnd;

    /// <summary>The span of the call the window covers, first piece start to last piece end.</summary>
    public TimeRange CallRange => new(Pieces[0].CallStart, Pieces[^1].CallEnd);

    /// <summary>
    /// Maps a span the recogniser reported (a word or a segment, in window seconds) to call time. A time inside a
    /// piece maps exactly. A start inside an inserted gap maps to the start of the piece after it, since recognisers
    /// often begin a word in the silence before it; an end inside a gap maps to the end of the piece before it. A
    /// span wholly inside one gap becomes an instant at the nearer of the two. Times outside the window are clamped.
    /// </summary>
    public TimeRange ToCallRange(double windowStart, double windowEnd)
    {
        windowEnd = Math.Max(windowStart, windowEnd);
        var (start, end) = (StartToCallTime(windowStart), EndToCallTime(windowEnd));
        if (end >= start)
        {
            return new TimeRange(start, end);
        }

        var middle = (windowStart + windowEnd) / 2;
        var before = PieceAt(middle);
        var nearerBefore = middle - Pieces[before].WindowEnd <= Pieces[before + 1].WindowStart - middle;
        return nearerBefore ? new TimeRange(end, end) : new TimeRange(start, start);
    }

    private double StartToCallTime(double windowSeconds)
    {
        var index = PieceAt(windowSeconds);
        var inGapAfter = windowSeconds > Pieces[index].WindowEnd && index < Pieces.Count - 1;
        return inGapAfter ? Pieces[index + 1].CallStart : EndToCallTime(windowSeconds);
    }

    private double EndToCallTime(double windowSeconds)
    {
        var piece = Pieces[PieceAt(windowSeconds)];
        return piece.CallStart + Math.Clamp(windowSeconds - piece.WindowStart, 0, piece.Duration);
    }

    // The last piece starting at or before the time (the first piece for a time before the window).
    private int PieceAt(double windowSeconds)
    {
        var index = Pieces.Count - 1;
        while (index > 0 && Pieces[index].WindowStart > windowSeconds)
        {
            index--;
        }

        return index;
    }

    /// <summary>Builds the window's samples from the channel it was packed from: the pieces joined by zero gaps.</summary>
    /// <param name="channel">The whole channel the regions came from.</param>
    /// <param name="sampleRate">The channel's sample rate in Hz.</param>
    public float[] ExtractSamples(ReadOnlySpan<float> channel, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        var samples = new float[(int)Math.Ceiling(Duration * sampleRate)];
        foreach (var piece in Pieces)
        {
            var from = Math.Min(channel.Length, (int)Math.Round(piece.CallStart * sampleRate));
            var to = Math.Min(channel.Length, (int)Math.Round(piece.CallEnd * sampleRate));
            var at = Math.Min(samples.Length, (int)Math.Round(piece.WindowStart * sampleRate));
            var count = Math.Min(to - from, samples.Length - at);
            channel.Slice(from, count).CopyTo(samples.AsSpan(at));
        }

        return samples;
    }
}
