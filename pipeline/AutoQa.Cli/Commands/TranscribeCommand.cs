using System.CommandLine;
using System.Diagnostics;
using AutoQa.Audio.Decoding;
using AutoQa.Calls;
using AutoQa.Models;
using AutoQa.Sphinx;
using AutoQa.Transcription;
using AutoQa.Transcription.Engines;
using AutoQa.Transcription.Evaluation;
using AutoQa.Transcription.Formatting;
using AutoQa.Whisper;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa transcribe FILE</c>: transcribes each channel of one recording with Whisper or PocketSphinx and writes
/// it as text, JSON or SubRip to standard output; the engine note, speed and (with --reference) word error rates go
/// to standard error.
/// </summary>
internal static class TranscribeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The recording (wav, mp3, opus, m4a, flac, ...; mono or stereo)" };
        var model = new Option<string?>("--model") { Description = "Whisper model: a name from the model store (e.g. base.en) or a ggml file (default base.en)" };
        var language = new Option<string>("--language") { Description = "Language: auto, en, de, fr, es, ...", DefaultValueFactory = _ => "auto" };
        var threads = new Option<int?>("--threads") { Description = "CPU threads for Whisper (default: up to 4)" };
        var format = new Option<TranscriptFormat>("--format") { Description = "Output: text, json or srt", DefaultValueFactory = _ => TranscriptFormat.Text };
        var engine = new Option<SpeechEngineKind>("--engine") { Description = "whisper, sphinx, or auto (Whisper when its model is present)", DefaultValueFactory = _ => SpeechEngineKind.Auto };
        var agentChannel = new Option<int>("--agent-channel") { Description = "The agent's channel on stereo recordings", DefaultValueFactory = _ => 0 };
        var reference = new Option<string?>("--reference") { Description = "Print word error rates against this ground-truth transcript JSON or plain-text file" };
        var command = new Command("transcribe", "Transcribe one recording, per channel, with times (Whisper or PocketSphinx).")
        {
            file, model, language, threads, format, engine, agentChannel, reference,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var path = parseResult.GetValue(file)!;
                var audio = await new AudioDecoder().DecodeAsync(path, cancellationToken);
                using var speechEngine = await SpeechEngineSelector.SelectAsync(
                    new SpeechEngineSelectorOptions
                    {
                        Engine = parseResult.GetValue(engine),
                        Model = parseResult.GetValue(model),
                        Threads = parseResult.GetValue(threads),
                    },
                    cancellationToken);
                if (speechEngine.Info.Note is { } note)
                {
                    await Console.Error.WriteLineAsync(note);
                }

                var requested = parseResult.GetValue(language)!;
                var metadata = new CallMetadata(
                    Path.GetFileNameWithoutExtension(path),
                    Path.GetFileName(path),
                    Language: requested.Equals("auto", StringComparison.OrdinalIgnoreCase) ? null : requested,
                    AgentChannel: parseResult.GetValue(agentChannel));
                var clock = Stopwatch.StartNew();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                using var transcriber = new CallTranscriber(speechEngine);
                var transcript = transcriber.Transcribe(audio, metadata, cancellationToken: cancellationToken);
                var elapsed = clock.Elapsed.TotalSeconds;
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                Console.Out.Write(TranscriptFormatter.Format(transcript, parseResult.GetValue(format)));
                await Console.Error.WriteLineAsync(
                    $"{speechEngine.Info.Name} ({speechEngine.Info.Model}): {audio.DurationSeconds:F1} s of audio in {elapsed:F1} s, "
                    + $"{audio.DurationSeconds / Math.Max(elapsed, 1e-9):F2}x real time ({cpu:F1} s of CPU time)");
                if (parseResult.GetValue(reference) is { } referencePath)
                {
                    foreach (var (label, wer) in await ReferenceComparison.CompareAsync(transcript, referencePath, cancellationToken))
                    {
                        await Console.Error.WriteLineAsync(
                            $"WER {label}: {wer.Rate:F3} ({wer.Substitutions} substituted, {wer.Deletions} deleted, {wer.Insertions} inserted of {wer.ReferenceWords} words)");
                    }
                }

                return 0;
            }
            catch (Exception ex) when (ex is AudioDecodingException or SpeechEngineUnavailableException or WhisperException or SphinxException
                or ModelStoreException or InvalidDataException or FileNotFoundException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"autoqa transcribe: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
