using AutoQa.Audio;
using AutoQa.Audio.Decoding;
using AutoQa.Transcripts;

namespace AutoQa.Sphinx.Tests;

/// <summary>
/// The PocketSphinx engine and its transcript of the JFK sample, made once for the test class. Tests skip with the
/// engine's own message when PocketSphinx is not installed.
/// </summary>
public sealed class SphinxFixture : IAsyncLifetime
{
    /// <summary>What JFK says in the shared sample jfk.wav.</summary>
    public const string JfkReference =
        "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.";

    private readonly SemaphoreSlim jfkLock = new(1, 1);
    private SphinxEngine? engine;
    private string? unavailableReason;
    private (PcmAudio Audio, RecognizedSpeech Speech)? jfk;

    /// <summary>The engine; skips the calling test when it could not be loaded.</summary>
    public SphinxEngine Engine
    {
        get
        {
            if (engine is null)
            {
                Assert.Skip(unavailableReason ?? "PocketSphinx was not loaded");
            }

            return engine;
        }
    }

    /// <summary>jfk.wav and what a recognizer heard in it with language "en"; skips when either is unavailable.</summary>
    public async Task<(PcmAudio Audio, RecognizedSpeech Speech)> JfkAsync()
    {
        var sphinx = Engine;
        await jfkLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (jfk is null)
            {
                var audio = await DecodeSharedAsync("audio/jfk.wav");
                using var recognizer = sphinx.CreateRecognizer();
                jfk = (audio, recognizer.Recognize(audio.Channels[0], "en", TestContext.Current.CancellationToken));
            }

            return jfk.Value;
        }
        finally
        {
            jfkLock.Release();
        }
    }

    /// <summary>Decodes a shared recording (skipping when absent) to 16 kHz mono.</summary>
    public static async Task<PcmAudio> DecodeSharedAsync(string relativePath) =>
        await new AudioDecoder().DecodeAsync(SharedAssets.Require(relativePath), TestContext.Current.CancellationToken);

    public ValueTask InitializeAsync()
    {
        try
        {
            engine = SphinxEngine.Load();
        }
        catch (SphinxException ex)
        {
            unavailableReason = ex.Message;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        engine?.Dispose();
        jfkLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
