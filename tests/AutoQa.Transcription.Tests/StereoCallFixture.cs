using System.Diagnostics;
using AutoQa.Audio;
using AutoQa.Audio.Decoding;
using AutoQa.Calls;
using AutoQa.Sphinx;
using AutoQa.Transcripts;

namespace AutoQa.Transcription.Tests;

/// <summary>
/// A two-channel call spoken by espeak-ng (agent on the left from 0.5 s, customer on the right from
/// <see cref="CustomerStartSeconds"/>), decoded, and PocketSphinx's transcript of it with the agent on channel 0:
/// made once for the test class. Skips when espeak-ng, sox or PocketSphinx is missing.
/// </summary>
public sealed class StereoCallFixture : IAsyncLifetime
{
    public const string AgentText = "Thank you for calling customer support. How can I help you today?";
    public const string CustomerText = "My order has not arrived and I would like a refund please.";
    public const double CustomerStartSeconds = 6;

    private readonly TempFolder folder = new();
    private string? unavailableReason;
    private PcmAudio? audio;
    private CallTranscript? transcript;
    private SphinxEngine? engine;

    public PcmAudio Audio => Available(audio);

    /// <summary>The call transcribed whole, agent on channel 0.</summary>
    public CallTranscript Transcript => Available(transcript);

    public SphinxEngine Engine => Available(engine);

    public async ValueTask InitializeAsync()
    {
        if (Requires.Which("espeak-ng") is null || Requires.Which("sox") is null)
        {
            unavailableReason = "espeak-ng and sox are needed to make the stereo call: run tools/setup.sh";
            return;
        }

        try
        {
            engine = SphinxEngine.Load();
        }
        catch (SphinxException ex)
        {
            unavailableReason = ex.Message;
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        await RunAsync("espeak-ng", ["-v", "en-us", "-w", folder.File("agent.wav"), AgentText], cancellationToken);
        await RunAsync("espeak-ng", ["-v", "en-us+m3", "-w", folder.File("customer.wav"), CustomerText], cancellationToken);
        await RunAsync("sox", [folder.File("agent.wav"), "-r", "16000", folder.File("left.wav"), "pad", "0.5", "1"], cancellationToken);
        await RunAsync("sox", [folder.File("customer.wav"), "-r", "16000", folder.File("right.wav"), "pad", $"{CustomerStartSeconds}", "1"], cancellationToken);
        await RunAsync("sox", ["-M", folder.File("left.wav"), folder.File("right.wav"), folder.File("call.wav")], cancellationToken);
        audio = await new AudioDecoder().DecodeAsync(folder.File("call.wav"), cancellationToken);
        using var transcriber = new CallTranscriber(engine);
        transcript = transcriber.Transcribe(audio, new CallMetadata("stereo-call", AgentChannel: 0), cancellationToken: cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        engine?.Dispose();
        folder.Dispose();
        return ValueTask.CompletedTask;
    }

    private T Available<T>(T? value)
        where T : class
    {
        if (value is null)
        {
            Assert.Skip(unavailableReason ?? "the stereo call was not made");
        }

        return value;
    }

    private static async Task RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await stderr}");
    }
}
