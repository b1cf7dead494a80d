using AutoQa.Transcripts;

namespace AutoQa.Truth;

/// <summary>One utterance of a generated call, exactly as it was placed in the audio.</summary>
/// <param name="Speaker">Who says it.</param>
/// <param name="Channel">The channel it was rendered on.</param>
/// <param name="Start">Start of the speech in seconds (first non-silent sample).</param>
/// <param name="End">End of the speech in seconds (last non-silent sample).</param>
/// <param name="Text">What is said.</param>
/// <param name="Intent">The dialogue intent it expresses (for example "greeting", "complaint", "backchannel").</param>
public sealed record TruthUtterance(Speaker Speaker, int Channel, double Start, double End, string Text, string Intent);
