using System.Globalization;
using AutoQa.Synth.Catalog;
using AutoQa.Synth.Processes;

namespace AutoQa.Synth.Speech;

/// <summary>Runs espeak-ng or flite once per utterance and returns the shaped samples at the call rate.</summary>
internal sealed class TextToSpeech(SynthSettings settings)
{
    /// <exception cref="ExternalToolException">The engine is missing or failed.</exception>
    /// <exception cref="SpeechSynthesisException">The engine wrote no usable audio.</exception>
    public async Task<float[]> RenderAsync(VoiceSettings voice, string text, CancellationToken cancellationToken = default)
    {
        var (raw, rate) = voice.Voice.Engine switch
        {
            "espeak-ng" => await RunEspeakAsync(voice, text, cancellationToken),
            "flite" => await RunFliteAsync(voice, text, cancellationToken),
            _ => throw new SpeechSynthesisException($"unknown TTS engine '{voice.Voice.Engine}' (expected espeak-ng or flite)."),
        };
        var shaped = SpeechShaper.Shape(raw, rate, settings);
        return shaped.Length > 0 ? shaped
            : throw new SpeechSynthesisException($"{voice.Voice.Engine} voice '{voice.Voice.Name}' produced silence for \"{text}\".");
    }

    private static async Task<(float[], int)> RunEspeakAsync(VoiceSettings voice, string text, CancellationToken cancellationToken)
    {
        var wordsPerMinute = Math.Round(voice.Voice.Rate * voice.RateFactor);
        var pitch = Math.Clamp(Math.Round(voice.Voice.Pitch * voice.PitchFactor), 0, 99);
        string[] arguments =
        [
            "-v", voice.Voice.Name, "-s", Invariant(wordsPerMinute), "-p", Invariant(pitch), "--stdout", text,
        ];
        var wav = await ExternalTool.RunAsync("espeak-ng", arguments, cancellationToken: cancellationToken);
        return WavReader.Read(wav, $"espeak-ng -v {voice.Voice.Name}");
    }

    private static async Task<(float[], int)> RunFliteAsync(VoiceSettings voice, string text, CancellationToken cancellationToken)
    {
        // flite cannot write WAV to stdout, so it gets a private temporary file.
        var file = Path.Combine(Path.GetTempPath(), $"autoqa-flite-{Guid.NewGuid():N}.wav");
        try
        {
            string[] arguments =
            [
                "-voice", voice.Voice.Name,
                "--setf", "duration_stretch=" + Invariant(voice.Voice.Rate / voice.RateFactor),
                "--setf", "int_f0_target_mean=" + Invariant(voice.Voice.Pitch * voice.PitchFactor),
                "-t", text, "-o", file,
            ];
            await ExternalTool.RunAsync("flite", arguments, cancellationToken: cancellationToken);
            return WavReader.Read(await File.ReadAllBytesAsync(file, cancellationToken), $"flite -voice {voice.Voice.Name}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
