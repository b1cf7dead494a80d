namespace AutoQa.Analysis.Tests;

/// <summary>Entry point of the test builders.</summary>
internal static class Some
{
    /// <summary>A stereo call (agent on channel 0) of <paramref name="duration"/> seconds, to fill with utterances.</summary>
    public static CallBuilder Call(double duration = 120, string language = "en") => new(duration, language);
}
