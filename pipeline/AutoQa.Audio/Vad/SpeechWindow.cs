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
    /// Maps a time in the window (for example a word time from the recognizer) to call time. A time inside an
    /// inserted gap maps to the end of the piece before it; times outside the window are clamped.
    /// </summary>
    public double ToCallTime(double windowSeconds)
    {
        for (var i = Pieces.Count - 1; i >= 0; i--)
        {
            var piece = Pieces[i];
            if (windowSeconds >= piece.WindowStart || i == 0)
            {
                return piece.CallStart + Math.Clamp(windowSeconds - piece.WindowStart, 0, piece.Duration);
            }
        }

        return Pieces[0].CallStart;
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
