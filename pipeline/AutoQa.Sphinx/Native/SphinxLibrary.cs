using System.Reflection;
using System.Runtime.InteropServices;

namespace AutoQa.Sphinx.Native;

/// <summary>
/// Locates Debian's libpocketsphinx.so.3 and libsphinxbase.so.3 once, on first use, and serves them to the
/// <see cref="SphinxNative"/> imports. A failure lists every path tried.
/// </summary>
internal static class SphinxLibrary
{
    private static readonly string[] Folders =
    [
        "/usr/lib/x86_64-linux-gnu",
        "/usr/lib/aarch64-linux-gnu",
        "/usr/lib",
        "/usr/local/lib",
    ];

    private static readonly Lazy<bool> Loaded = new(LoadBoth);
    private static IntPtr pocketSphinx;
    private static IntPtr sphinxBase;

    /// <summary>Loads both libraries (once) and silences SphinxBase's logging to stderr.</summary>
    /// <exception cref="SphinxException">A library could not be loaded; the message lists the paths tried.</exception>
    public static void EnsureLoaded() => _ = Loaded.Value;

    private static bool LoadBoth()
    {
        // SphinxBase first: libpocketsphinx depends on it.
        sphinxBase = Load("libsphinxbase.so.3");
        pocketSphinx = Load("libpocketsphinx.so.3");
        NativeLibrary.SetDllImportResolver(typeof(SphinxLibrary).Assembly, Resolve);
        // Logging is process-wide in SphinxBase; a null stream turns it off (it would flood stderr per utterance).
        SphinxNative.ErrSetLogfp(IntPtr.Zero);
        return true;
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) => name switch
    {
        SphinxNative.PocketSphinx => pocketSphinx,
        SphinxNative.SphinxBase => sphinxBase,
        _ => IntPtr.Zero,
    };

    private static IntPtr Load(string fileName)
    {
        var tried = new List<string> { fileName };
        if (NativeLibrary.TryLoad(fileName, out var handle))
        {
            return handle;
        }

        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, fileName);
            tried.Add(path);
            if (NativeLibrary.TryLoad(path, out handle))
            {
                return handle;
            }
        }

        throw new SphinxException(
            $"PocketSphinx's native library {fileName} could not be loaded (tried: {string.Join(", ", tried)}). "
            + "Run tools/setup.sh to install pocketsphinx, pocketsphinx-en-us and libpocketsphinx3.");
    }
}
