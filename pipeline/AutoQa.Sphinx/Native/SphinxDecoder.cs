using System.Runtime.InteropServices;

namespace AutoQa.Sphinx.Native;

/// <summary>
/// One PocketSphinx decoder with the configuration it was built from. Not thread-safe: one per recognizer.
/// </summary>
internal sealed unsafe class SphinxDecoder : IDisposable
{
    // Audio goes in small blocks so a cancellation is noticed within a fraction of a second.
    private const int BlockSamples = 8192;

    private static readonly Lock ModelLoading = new();

    private readonly ConfigHandle config;
    private readonly DecoderHandle decoder;
    private readonly IntPtr logmath;

    private SphinxDecoder(ConfigHandle config, DecoderHandle decoder)
    {
        this.config = config;
        this.decoder = decoder;
        // Owned by the decoder: valid as long as it is.
        logmath = SphinxNative.PsGetLogmath(decoder);
    }

    /// <summary>
    /// Builds a decoder from PocketSphinx arguments (name, value). One at a time: Debian's PocketSphinx (5prealpha) loading
    /// two decoders' models at once deadlocks inside glibc's stdio (two threads in <c>ps_init</c>, one closing the
    /// file the other is opening), so recognizers built on parallel threads would hang for good.
    /// </summary>
    /// <exception cref="SphinxException">The library is missing or the models could not be loaded.</exception>
    public static SphinxDecoder Create(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        SphinxLibrary.EnsureLoaded();
        lock (ModelLoading)
        {
            return CreateLoaded(settings);
        }
    }

    private static SphinxDecoder CreateLoaded(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        var config = ConfigHandle.Create(settings);
        try
        {
            var description = string.Join(", ", settings.Where(s => s.Key is "-hmm" or "-lm" or "-dict").Select(s => s.Value));
            return new SphinxDecoder(config, DecoderHandle.Create(config, description));
        }
        catch
        {
            config.Dispose();
            throw;
        }
    }

    /// <summary>Decodes one utterance of 16 kHz 16-bit samples and returns its best-path segmentation.</summary>
    /// <exception cref="SphinxException">PocketSphinx reported an error code.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<DecodedWord> DecodeUtterance(ReadOnlySpan<short> samples, CancellationToken cancellationToken)
    {
        // A new stream restarts the frame count, so word frames are relative to this utterance.
        Check(SphinxNative.PsStartStream(decoder), "ps_start_stream");
        Check(SphinxNative.PsStartUtt(decoder), "ps_start_utt");
        var ended = false;
        try
        {
            fixed (short* start = samples)
            {
                for (var offset = 0; offset < samples.Length; offset += BlockSamples)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var count = Math.Min(BlockSamples, samples.Length - offset);
                    Check(SphinxNative.PsProcessRaw(decoder, start + offset, (nuint)count, 0, 0), "ps_process_raw");
                }
            }

            ended = true;
            Check(SphinxNative.PsEndUtt(decoder), "ps_end_utt");
        }
        finally
        {
            if (!ended)
            {
                // Leave the decoder ready for the next utterance after a cancellation.
                SphinxNative.PsEndUtt(decoder);
            }
        }

        return ReadSegmentation();
    }

    public void Dispose()
    {
        // The decoder may still point into the configuration's strings: free it first.
        decoder.Dispose();
        config.Dispose();
    }

    private List<DecodedWord> ReadSegmentation()
    {
        var words = new List<DecodedWord>();
        for (var segment = SphinxNative.PsSegIter(decoder); segment != IntPtr.Zero; segment = SphinxNative.PsSegNext(segment))
        {
            var text = Marshal.PtrToStringUTF8(SphinxNative.PsSegWord(segment)) ?? string.Empty;
            SphinxNative.PsSegFrames(segment, out var startFrame, out var endFrame);
            var logProbability = SphinxNative.PsSegProb(segment, out _, out _, out _);
            var probability = Math.Clamp(SphinxNative.LogmathExp(logmath, logProbability), 0, 1);
            words.Add(new DecodedWord(text, startFrame, endFrame, probability));
        }

        return words;
    }

    private static void Check(int result, string function)
    {
        if (result < 0)
        {
            throw new SphinxException($"PocketSphinx's {function} failed with code {result}.", result);
        }
    }
}
