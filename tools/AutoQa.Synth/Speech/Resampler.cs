using System.Collections.Concurrent;

namespace AutoQa.Synth.Speech;

/// <summary>
/// Rational-ratio resampling with a Hann-windowed sinc filter, precomputed per phase. Good enough for speech
/// (the stop band is well under the level of the TTS voices' own artefacts) and fast: a table lookup per tap.
/// </summary>
internal sealed class Resampler
{
    private const int ZeroCrossings = 12;
    private static readonly ConcurrentDictionary<(int, int), Resampler> Cache = new();

    private readonly int _up;
    private readonly int _down;
    private readonly int _halfTaps;
    private readonly float[][] _phases;

    private Resampler(int inputRate, int outputRate)
    {
        var divisor = Gcd(inputRate, outputRate);
        _up = outputRate / divisor;
        _down = inputRate / divisor;
        var cutoff = Math.Min(1.0, (double)outputRate / inputRate);
        _halfTaps = (int)Math.Ceiling(ZeroCrossings / cutoff);
        _phases = new float[_up][];
        for (var phase = 0; phase < _up; phase++)
        {
            var fraction = (double)phase / _up;
            var taps = new float[2 * _halfTaps];
            for (var j = 0; j < taps.Length; j++)
            {
                var distance = j - _halfTaps + 1 - fraction;
                var window = 0.5 + 0.5 * Math.Cos(Math.PI * distance / _halfTaps);
                taps[j] = (float)(cutoff * Sinc(cutoff * distance) * window);
            }

            _phases[phase] = taps;
        }
    }

    /// <summary>Resamples <paramref name="input"/> from <paramref name="inputRate"/> to <paramref name="outputRate"/> Hz.</summary>
    public static float[] Resample(float[] input, int inputRate, int outputRate) =>
        inputRate == outputRate ? input : Cache.GetOrAdd((inputRate, outputRate), key => new Resampler(key.Item1, key.Item2)).Run(input);

    private float[] Run(float[] input)
    {
        var outputLength = (int)((long)input.Length * _up / _down);
        var output = new float[outputLength];
        for (var n = 0; n < outputLength; n++)
        {
            var position = (long)n * _down;
            var index = (int)(position / _up);
            var taps = _phases[(int)(position % _up)];
            var first = index - _halfTaps + 1;
            var sum = 0f;
            var start = Math.Max(0, -first);
            var end = Math.Min(taps.Length, input.Length - first);
            for (var j = start; j < end; j++)
            {
                sum += input[first + j] * taps[j];
            }

            output[n] = sum;
        }

        return output;
    }

    private static double Sinc(double x) => Math.Abs(x) < 1e-9 ? 1.0 : Math.Sin(Math.PI * x) / (Math.PI * x);

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
