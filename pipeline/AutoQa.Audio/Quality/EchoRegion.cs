namespace AutoQa.Audio.Quality;

/// <summary>A speech region found to be the other channel's echo, with the correlation and the lag (in frames) it was found at.</summary>
internal readonly record struct EchoRegion(FrameRange Frames, double Correlation, int Lag);
