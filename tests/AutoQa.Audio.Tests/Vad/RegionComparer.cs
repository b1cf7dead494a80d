using AutoQa.Audio.Vad;

namespace AutoQa.Audio.Tests.Vad;

/// <summary>Treats regions as equal when both ends agree within one 32 ms VAD chunk (batched runs may differ in rounding).</summary>
internal sealed class RegionComparer : IEqualityComparer<SpeechRegion>
{
    public static readonly RegionComparer WithinOneChunk = new();

    public bool Equals(SpeechRegion x, SpeechRegion y) => Math.Abs(x.Start - y.Start) <= 0.033 && Math.Abs(x.End - y.End) <= 0.033;

    public int GetHashCode(SpeechRegion obj) => 0;
}
