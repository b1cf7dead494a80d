using AutoQa.Audio.Tests.Support;

namespace AutoQa.Audio.Tests.Quality;

/// <summary>
/// Two espeak-ng sentences over a -70 dBFS line-noise floor, made once for the quality tests. espeak-ng writes
/// exact zeros in stop closures, which no microphone or line produces; the floor makes it a realistic clean
/// recording (SNR about 50 dB) in which only inserted digital silence is a dropout.
/// </summary>
public sealed class SpokenCall
{
    public const double FirstOffset = 1.0;

    private readonly Lazy<Task<(float[] Signal, double SecondOffset)>> _made = new(MakeAsync);

    /// <summary>The clean 16 kHz signal.</summary>
    public async Task<float[]> SignalAsync() => (float[])(await _made.Value).Signal.Clone();

    /// <summary>Where the second sentence starts, in seconds.</summary>
    public async Task<double> SecondOffsetAsync() => (await _made.Value).SecondOffset;

    private static async Task<(float[] Signal, double SecondOffset)> MakeAsync()
    {
        var first = await Speech.SpokenAsync("I ordered a pair of wireless headphones three weeks ago and they never arrived.");
        var second = await Speech.SpokenAsync("Let me check the tracking number and arrange a replacement for you today.");
        var secondOffset = FirstOffset + Speech.Seconds(first) + 2.0;
        var signal = Speech.Place(secondOffset + Speech.Seconds(second) + 1.5, (FirstOffset, first), (secondOffset, second));
        Noise.AddWhite(signal, Math.Pow(10, -70.0 / 10), seed: 3);
        return (signal, secondOffset);
    }
}
