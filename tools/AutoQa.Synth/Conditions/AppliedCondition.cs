using AutoQa.Events;
using AutoQa.Truth;

namespace AutoQa.Synth.Conditions;

/// <summary>A condition as applied: its truth record and the audio-defect event it causes, if any.</summary>
internal sealed record AppliedCondition(ChannelCondition Condition, QaEvent? Defect);
