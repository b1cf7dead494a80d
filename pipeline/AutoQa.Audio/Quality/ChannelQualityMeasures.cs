namespace AutoQa.Audio.Quality;

/// <summary>One channel's signal measures, as written to the call JSON.</summary>
/// <param name="SnrDb">Estimated speech-to-noise ratio: speech-region power against non-speech power, in dB (capped).</param>
/// <param name="ClippedShare">Share of speech samples at or above the clip level, 0 to 1.</param>
/// <param name="DropoutCount">Runs of digital silence inside speech, within the dropout length window.</param>
/// <param name="SpeechRmsDbfs">RMS level of the speech regions in dBFS; negative infinity when there is no speech.</param>
/// <param name="EchoCorrelation">The envelope correlation of the channel's echo regions with the other channel delayed, weighted by length; 0 without echo.</param>
/// <param name="EchoDelaySeconds">The echo's delay behind the other channel (that of the longest echo region); 0 without echo.</param>
/// <param name="SpeechSeconds">Seconds of speech the VAD found on the channel, its echo included.</param>
/// <param name="EchoSeconds">Seconds of the channel's speech regions that are the other channel's echo.</param>
public sealed record ChannelQualityMeasures(
    double SnrDb,
    double ClippedShare,
    int DropoutCount,
    double SpeechRmsDbfs,
    double EchoCorrelation,
    double EchoDelaySeconds,
    double SpeechSeconds,
    double EchoSeconds);
