namespace AutoQa.Audio.Vad;

/// <summary>
/// Packs one channel's speech regions into windows of at most <see cref="SpeechWindowPackerOptions.MaxWindowSeconds"/>
/// for the recognizer: nearby regions become one slice, slices fill a window in order, and a region is split only
/// when it is longer than a window on its own. Each window keeps the mapping back to call time.
/// </summary>
public sealed class SpeechWindowPacker
{
    private readonly SpeechWindowPackerOptions _options;

    /// <summary>Creates a packer; <paramref name="options"/> defaults to <see cref="SpeechWindowPackerOptions"/>' defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public SpeechWindowPacker(SpeechWindowPackerOptions? options = null)
    {
        _options = (options ?? new SpeechWindowPackerOptions()).Validate();
    }

    /// <summary>Packs <paramref name="regions"/> (in time order, as the VAD returns them) into windows.</summary>
    public IReadOnlyList<SpeechWindow> Pack(IReadOnlyList<SpeechRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var windows = new List<SpeechWindow>();
        var pieces = new List<SpeechWindowPiece>();
        var length = 0.0;
        foreach (var slice in Slices(regions))
        {
            var start = pieces.Count == 0 ? 0 : length + _options.GapSeconds;
            if (start + slice.Duration > _options.MaxWindowSeconds)
            {
                windows.Add(new SpeechWindow(pieces.ToArray(), _options.GapSeconds));
                pieces.Clear();
                start = 0;
            }

            pieces.Add(new SpeechWindowPiece(start, slice.Start, slice.Duration));
            length = start + slice.Duration;
        }

        if (pieces.Count > 0)
        {
            windows.Add(new SpeechWindow(pieces.ToArray(), _options.GapSeconds));
        }

        return windows;
    }

    // Regions closer than MergeGapSeconds become one slice (unless that would outgrow a window); a slice
    // longer than a window is then cut into window-sized parts.
    private IEnumerable<SpeechRegion> Slices(IReadOnlyList<SpeechRegion> regions)
    {
        var merged = new List<SpeechRegion>();
        foreach (var region in regions.Where(r => r.Duration > 0))
        {
            if (merged.Count > 0 && region.Start - merged[^1].End < _options.MergeGapSeconds
                && region.End - merged[^1].Start <= _options.MaxWindowSeconds)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, region.End) };
            }
            else
            {
                merged.Add(region);
            }
        }

        return merged.SelectMany(Split);
    }

    private IEnumerable<SpeechRegion> Split(SpeechRegion region)
    {
        for (var start = region.Start; start < region.End; start += _options.MaxWindowSeconds)
        {
            yield return new SpeechRegion(start, Math.Min(region.End, start + _options.MaxWindowSeconds));
        }
    }
}
