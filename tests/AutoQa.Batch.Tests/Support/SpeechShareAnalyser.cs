using System.Text.Json.Nodes;
using AutoQa.Analysis.Results;
using AutoQa.Batch.Stages;
using AutoQa.Calls;
using AutoQa.Transcripts;

namespace AutoQa.Batch.Tests.Support;

/// <summary>
/// A stand-in analyser: the score is the share of the call with speech; under 60 is flagged. Every call promises a
/// call back within 48 hours of a night that starts on 2 December 2026.
/// </summary>
internal sealed class SpeechShareAnalyser : IAnalyseStage
{
    public CallAssessment Assess(CallTranscript transcript, CallMetadata metadata, SignalReport signal, CancellationToken cancellationToken = default)
    {
        var score = Math.Round(100 * Math.Min(1, signal.SpeechSeconds / Math.Max(1, transcript.DurationSeconds * transcript.Channels.Count)), 1);
        var flagged = score < 60;
        return new CallAssessment(
            score,
            flagged,
            flagged ? ["little speech"] : [],
            transcript.Channels.Count > 1 ? ["stereo"] : ["mono"],
            new JsonObject { ["score"] = score },
            [new Promise(3.5, "PT48H", "2026-12-04T22:00+01:00", "We will call you back within 48 hours.", HeardInPart: false)]);
    }
}
