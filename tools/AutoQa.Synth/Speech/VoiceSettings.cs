using AutoQa.Synth.Catalog;

namespace AutoQa.Synth.Speech;

/// <summary>One party's voice in one call: the voice with its drawn rate and pitch factors.</summary>
/// <param name="Voice">The TTS voice.</param>
/// <param name="RateFactor">Speaking-rate multiplier (above 1 is faster).</param>
/// <param name="PitchFactor">Pitch multiplier.</param>
internal sealed record VoiceSettings(VoiceDefinition Voice, double RateFactor, double PitchFactor);
