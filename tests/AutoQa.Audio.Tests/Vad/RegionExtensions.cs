using AutoQa.Audio.Vad;

namespace AutoQa.Audio.Tests.Vad;

internal static class RegionExtensions
{
    public static bool Overlaps(this SpeechRegion region, double start, double end) => region.Start < end && start < region.End;
}
