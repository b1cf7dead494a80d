namespace AutoQa.Audio.Quality;

/// <summary>A half-open run of 10 ms envelope frames [Start, End).</summary>
internal readonly record struct FrameRange(int Start, int End)
{
    public int Length => End - Start;
}
