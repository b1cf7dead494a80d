using System.Runtime.InteropServices;

namespace AutoQa.Sphinx.Native;

/// <summary>A PocketSphinx <c>ps_decoder_t</c>: an acoustic model, dictionary and language model with search state.</summary>
internal sealed class DecoderHandle : SafeHandle
{
    private DecoderHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Initialises a decoder; it takes its own reference on <paramref name="config"/>.</summary>
    /// <exception cref="SphinxException">PocketSphinx could not load its models.</exception>
    public static DecoderHandle Create(ConfigHandle config, string modelDescription)
    {
        var decoder = new DecoderHandle();
        decoder.SetHandle(SphinxNative.PsInit(config));
        if (decoder.IsInvalid)
        {
            decoder.Dispose();
            throw new SphinxException(
                $"PocketSphinx could not load its models ({modelDescription}). Run tools/setup.sh to install pocketsphinx-en-us.");
        }

        return decoder;
    }

    protected override bool ReleaseHandle()
    {
        SphinxNative.PsFree(handle);
        return true;
    }
}
