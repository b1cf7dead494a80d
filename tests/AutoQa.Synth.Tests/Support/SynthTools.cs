namespace AutoQa.Synth.Tests.Support;

/// <summary>Skips a test, with the reason, unless the TTS engines and ffmpeg the generator drives are installed.</summary>
internal static class SynthTools
{
    public static void Require()
    {
        Requires.Tool("espeak-ng");
        Requires.Tool("flite");
        Requires.Tool("ffmpeg");
        Requires.Tool("ffprobe");
    }
}
