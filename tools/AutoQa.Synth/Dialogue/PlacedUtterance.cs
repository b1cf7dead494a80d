using AutoQa.Transcripts;

namespace AutoQa.Synth.Dialogue;

/// <summary>An utterance rendered and placed on the call's timeline.</summary>
/// <param name="Speaker">Who says it.</param>
/// <param name="Start">First speech sample, in seconds.</param>
/// <param name="Samples">The speech, trimmed to its first and last non-silent samples.</param>
/// <param name="SampleRate">Samples per second.</param>
/// <param name="Text">What is said.</param>
/// <param name="Intent">The dialogue intent (<see cref="Intents"/>).</param>
/// <param name="Detail">The deadline duration or red-line kind it carries, or null.</param>
internal sealed record PlacedUtterance(
    Speaker Speaker,
    double Start,
    float[] Samples,
    int SampleRate,
    string Text,
    string Intent,
    string? Detail)
{
    /// <summary>Last speech sample, in seconds.</summary>
    public double End => Start + ((double)Samples.Length / SampleRate);

    /// <summary>Length in seconds.</summary>
    public double Duration => (double)Samples.Length / SampleRate;
}
