using System.Runtime.InteropServices;

namespace AutoQa.Sphinx.Native;

/// <summary>
/// The parts of the PocketSphinx 5prealpha and SphinxBase C APIs AutoQa uses (Debian's libpocketsphinx3 and
/// libsphinxbase3). The library names are resolved by <see cref="SphinxLibrary"/>.
/// </summary>
internal static unsafe partial class SphinxNative
{
    public const string PocketSphinx = "pocketsphinx";
    public const string SphinxBase = "sphinxbase";

    [LibraryImport(PocketSphinx, EntryPoint = "ps_args")]
    public static partial IntPtr PsArgs();

    [LibraryImport(PocketSphinx, EntryPoint = "ps_init")]
    public static partial IntPtr PsInit(ConfigHandle config);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_free")]
    public static partial int PsFree(IntPtr decoder);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_start_stream")]
    public static partial int PsStartStream(DecoderHandle decoder);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_start_utt")]
    public static partial int PsStartUtt(DecoderHandle decoder);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_process_raw")]
    public static partial int PsProcessRaw(DecoderHandle decoder, short* data, nuint samples, int noSearch, int fullUtterance);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_end_utt")]
    public static partial int PsEndUtt(DecoderHandle decoder);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_get_logmath")]
    public static partial IntPtr PsGetLogmath(DecoderHandle decoder);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_iter")]
    public static partial IntPtr PsSegIter(DecoderHandle decoder);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_next")]
    public static partial IntPtr PsSegNext(IntPtr segment);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_word")]
    public static partial IntPtr PsSegWord(IntPtr segment);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_frames")]
    public static partial void PsSegFrames(IntPtr segment, out int startFrame, out int endFrame);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_prob")]
    public static partial int PsSegProb(IntPtr segment, out int acousticScore, out int languageScore, out int languageBackoff);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_free")]
    public static partial void PsSegFree(IntPtr segment);

    [LibraryImport(SphinxBase, EntryPoint = "cmd_ln_parse_r")]
    public static partial IntPtr CmdLnParse(IntPtr previous, IntPtr definitions, int argc, IntPtr* argv, int strict);

    [LibraryImport(SphinxBase, EntryPoint = "cmd_ln_free_r")]
    public static partial int CmdLnFree(IntPtr config);

    [LibraryImport(SphinxBase, EntryPoint = "logmath_exp")]
    public static partial double LogmathExp(IntPtr logmath, int logValue);

    [LibraryImport(SphinxBase, EntryPoint = "err_set_logfp")]
    public static partial void ErrSetLogfp(IntPtr stream);
}
